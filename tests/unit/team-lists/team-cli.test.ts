// The IT tool, run as IT runs it: `node bin/prospect-guard.mjs team …` in a child process, on
// real files in a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/prospect-guard.mjs');
const folder = mkdtempSync(join(tmpdir(), 'prospect-guard-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'team', ...args], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// A Salesforce opportunity export, as its report writer saves it (UTF-8 with a byte-order mark).
const SALESFORCE = [
  '\uFEFFOpportunity Name,Account Name,Stage,Website,Primary Contact,Contact Email',
  'Acme expansion,Acme Robotics,Negotiation/Review,https://www.acme.com,Jean-Pierre Dubois,jp.dubois@acme.com',
  'Initech renewal,Initech,Closed Won,initech.com,Bill Lumbergh,bill@initech.com',
  'Nordwind pilot,Nordwind Logistik GmbH,Prospecting,nordwind.de,Anke Vogel,a.vogel@nordwind.de',
].join('\r\n');

// Each run starts Node and tsx (about a second, several under load): more time than a unit test's default.
describe('npx prospect-guard team', { timeout: 60_000 }, () => {
  writeFileSync(join(folder, 'opportunities.csv'), SALESFORCE);

  it('keygen writes a private key only its owner can read and prints the public key', () => {
    const { code, out } = run('keygen', '--out', 'keys');
    expect(code).toBe(0);
    const publicKey = readFileSync(join(folder, 'keys/public-key.txt'), 'utf8');
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(out).toContain(`Public key: ${publicKey.trim()}`);
    expect(statSync(join(folder, 'keys/signing-key.json')).mode & 0o777).toBe(0o600);
  });

  it('keygen refuses to overwrite a key pair, and changes nothing', () => {
    const before = readFileSync(join(folder, 'keys/signing-key.json'), 'utf8');
    const { code, err } = run('keygen', '--out', 'keys');
    expect(code).toBe(1);
    expect(err).toContain('already exists');
    expect(readFileSync(join(folder, 'keys/signing-key.json'), 'utf8')).toBe(before);
  });

  it.each([
    ['plain', []],
    ['hashed', ['--hashed']],
  ])('pack writes a %s list of the open deals, and verify accepts it', (kind, flags) => {
    const list = `${kind}.json`;
    const packed = run(
      'pack',
      '--in',
      'opportunities.csv',
      '--id',
      'sales-emea',
      '--name',
      'Sales EMEA',
      '--signing-key',
      'keys/signing-key.json',
      '--out',
      list,
      '--version',
      '42',
      '--expires',
      '2099-12-31',
      ...flags,
    );
    expect(packed.err).toBe('');
    expect(packed.code).toBe(0);
    expect(packed.out).toContain('2 open prospects (1 won or lost left out)');
    const verified = run('verify', '--in', list, '--public-key', 'keys/public-key.txt');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/id: +sales-emea/);
    expect(verified.out).toMatch(/name: +Sales EMEA/);
    expect(verified.out).toMatch(/version: +42/);
    expect(verified.out).toMatch(/entries: +2/);
    const text = readFileSync(join(folder, list), 'utf8');
    expect(text.includes('Nordwind')).toBe(kind === 'plain');
  });

  it('verify takes the public key as text too, and defaults the version to the Unix time', () => {
    const before = Math.floor(Date.now() / 1000);
    expect(
      run(
        'pack',
        '--in',
        'opportunities.csv',
        '--id',
        'emea',
        '--name',
        'EMEA',
        '--signing-key',
        'keys/signing-key.json',
        '--out',
        'now.json',
      ).code,
    ).toBe(0);
    const key = readFileSync(join(folder, 'keys/public-key.txt'), 'utf8').trim();
    const verified = run('verify', '--in', 'now.json', '--public-key', key);
    expect(verified.code).toBe(0);
    const version = Number(/version: +(\d+)/.exec(verified.out)![1]);
    expect(version).toBeGreaterThanOrEqual(before);
    expect(version).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('verify fails, saying why, when one byte of the signed list changed', () => {
    const text = readFileSync(join(folder, 'hashed.json'), 'utf8');
    // Flip one character inside one hashed term of the payload.
    const at = text.indexOf('\\"n') + 5;
    writeFileSync(join(folder, 'tampered.json'), text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    const { code, out, err } = run('verify', '--in', 'tampered.json', '--public-key', 'keys/public-key.txt');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('tampered.json: The team list’s signature does not hold');
  });

  it('verify fails against another publisher’s key', () => {
    expect(run('keygen', '--out', 'other').code).toBe(0);
    const { code, err } = run('verify', '--in', 'plain.json', '--public-key', 'other/public-key.txt');
    expect(code).toBe(1);
    expect(err).toContain('signed with the key');
  });

  it('pack names the file and line of a bad CSV row and writes nothing', () => {
    writeFileSync(join(folder, 'broken.csv'), 'Account Name,Stage,Email\nAcme Robotics,Open,jp@acme.com\nGlobex,Open,not-an-address\n');
    const before = readdirSync(folder);
    const { code, err } = run(
      'pack',
      '--in',
      'broken.csv',
      '--id',
      'x',
      '--name',
      'X',
      '--signing-key',
      'keys/signing-key.json',
      '--out',
      'broken.json',
    );
    expect(code).toBe(1);
    expect(err).toContain('broken.csv: line 3: “not-an-address” in the “Email” column is not an email address.');
    expect(existsSync(join(folder, 'broken.json'))).toBe(false);
    expect(readdirSync(folder)).toEqual(before);
  });

  it('pack refuses a missing option or a past expiry date before reading anything', () => {
    const missing = run('pack', '--in', 'opportunities.csv', '--name', 'X', '--signing-key', 'keys/signing-key.json', '--out', 'x.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('pack needs --id.');
    const past = run(
      'pack',
      '--in',
      'opportunities.csv',
      '--id',
      'x',
      '--name',
      'X',
      '--signing-key',
      'keys/signing-key.json',
      '--out',
      'x.json',
      '--expires',
      '2001-01-01',
    );
    expect(past.code).toBe(2);
    expect(past.err).toContain('already past');
    expect(existsSync(join(folder, 'x.json'))).toBe(false);
  });

  it('--help lists the three commands', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    for (const command of ['keygen --out DIR', 'pack --in FILE', 'verify --in LIST']) expect(out).toContain(command);
  });
});
