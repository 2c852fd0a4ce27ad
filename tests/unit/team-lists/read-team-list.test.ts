// Reading a team list: the signature covers the exact payload bytes, and every refusal says why.
import { describe, expect, it } from 'vitest';
import { readTeamList, isExpired } from '../../../utils/team-lists/read-team-list';
import { generateSigningKey, readSigningKey } from '../../../utils/team-lists/signing-keys';
import { TeamListError } from '../../../utils/team-lists/team-list-error';
import type { TeamListPayload } from '../../../utils/team-lists/team-list-format';
import { writeTeamList } from '../../../utils/team-lists/write-team-list';

const NOW = new Date('2026-11-27T10:00:00Z');
const publisher = readSigningKey(JSON.stringify(generateSigningKey(NOW)));
const stranger = readSigningKey(JSON.stringify(generateSigningKey(NOW)));

const plain: TeamListPayload = {
  id: 'sales-emea',
  name: 'Sales EMEA',
  version: 7,
  issued: NOW.toISOString(),
  expires: '2027-02-25',
  kind: 'plain',
  entries: [{ name: 'Acme Robotics', aliases: ['Acme'], domains: ['acme.com'] }],
};

function refusal(text: string, options: Partial<Parameters<typeof readTeamList>[1]> = {}): TeamListError {
  try {
    readTeamList(text, { publicKey: publisher.publicKey, now: NOW, ...options });
  } catch (error) {
    if (error instanceof TeamListError) return error;
    throw error;
  }
  throw new Error('The list was accepted.');
}

describe('readTeamList', () => {
  it('gives back the payload a publisher signed, when the signature holds for their key', () => {
    const { payload, publicKey } = readTeamList(writeTeamList(plain, publisher), { publicKey: publisher.publicKey, now: NOW });
    expect(payload).toEqual(plain);
    expect(publicKey).toBe(publisher.publicKey);
  });

  it('accepts the public key with the line break of public-key.txt', () => {
    expect(readTeamList(writeTeamList(plain, publisher), { publicKey: `${publisher.publicKey}\n`, now: NOW }).payload.id).toBe(
      'sales-emea',
    );
  });

  it('refuses a list whose payload changed by one character after signing', () => {
    const text = writeTeamList(plain, publisher).replace('Acme Robotics', 'Acme Robotica');
    expect(refusal(text)).toMatchObject({ problem: 'signature', message: expect.stringContaining('changed after it was signed') });
  });

  it('refuses a list re-signed by someone else, naming both keys', () => {
    const error = refusal(writeTeamList(plain, stranger));
    expect(error.problem).toBe('signature');
    expect(error.message).toContain(stranger.publicKey.slice(0, 8));
    expect(error.message).toContain(publisher.publicKey.slice(0, 8));
  });

  it('refuses a copy whose publicKey field was swapped to the expected key but whose signature is another’s', () => {
    const envelope = JSON.parse(writeTeamList(plain, stranger));
    envelope.publicKey = publisher.publicKey;
    expect(refusal(JSON.stringify(envelope)).problem).toBe('signature');
  });

  it('refuses a list from a newer format, asking for an update', () => {
    const envelope = JSON.parse(writeTeamList(plain, publisher));
    envelope.formatVersion = 2;
    expect(refusal(JSON.stringify(envelope))).toMatchObject({
      problem: 'format-version',
      message: expect.stringContaining('update the extension'),
    });
  });

  it('refuses a file that is not a team list, and broken JSON with its line', () => {
    expect(refusal(JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: [] })).problem).toBe('malformed');
    const broken = refusal('{\n  "format": "prospect-guard.team-list",\n  "formatVersion": 1,\n  oops\n}');
    expect(broken).toMatchObject({ problem: 'malformed', line: 4 });
    expect(broken.message).toMatch(/^Line 4: /);
  });

  it('refuses a version not newer than the one held, and another list than the one followed', () => {
    const text = writeTeamList(plain, publisher);
    expect(refusal(text, { heldVersion: 7 })).toMatchObject({ problem: 'not-newer', message: expect.stringContaining('version 7') });
    expect(readTeamList(text, { publicKey: publisher.publicKey, now: NOW, heldVersion: 6 }).payload.version).toBe(7);
    expect(refusal(text, { listId: 'sales-apac' })).toMatchObject({
      problem: 'wrong-list',
      message: expect.stringContaining('sales-apac'),
    });
  });

  it('protects through the whole expiry day in UTC, then refuses the list as expired', () => {
    const text = writeTeamList(plain, publisher);
    expect(readTeamList(text, { publicKey: publisher.publicKey, now: new Date('2027-02-25T23:59:59Z') }).payload.id).toBe('sales-emea');
    expect(refusal(text, { now: new Date('2027-02-26T00:00:00Z') })).toMatchObject({
      problem: 'expired',
      message: expect.stringContaining('2027-02-25'),
    });
    expect(isExpired('2027-02-25', new Date('2027-02-26T00:00:00Z'))).toBe(true);
  });

  it('refuses a signed payload that breaks the format, naming the entry', () => {
    const bad = { ...plain, entries: [{ name: 'Acme' }, { name: '' }] } as TeamListPayload;
    expect(refusal(writeTeamList(bad, publisher))).toMatchObject({
      problem: 'malformed',
      message: expect.stringMatching(/^Entry 2: .*name/),
    });
  });
});
