// Team list delivery against a real HTTP server on 127.0.0.1 and real signed lists: what a
// browser keeps, refuses and protects with as the server serves versions, 304s, 500s, a tampered
// copy and an older one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher, matcherFromCompiled } from '../../../utils/matcher/matcher';
import { EMPTY_POLICY, type ManagedPolicy } from '../../../utils/model/list-sources';
import type { WatchlistDb } from '../../../utils/store/database';
import { eraseEverything } from '../../../utils/store/erase-everything';
import { listSources } from '../../../utils/store/list-source-repository';
import { createListSourceService, type ListSourceService } from '../../../utils/team-delivery/list-source-service';
import { teamListCodec } from '../../../utils/team-delivery/team-list-format';
import { openTestDatabase } from '../store/fixtures/test-database';
import { startListServer, type ListServer } from './support/list-server';
import { makePublisher, tampered, type Publisher } from './support/signed-lists';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 27, 9);

let db: WatchlistDb;
let server: ListServer;
let publisher: Publisher;
let clock: number;
let changes: number;
let logged: string[];
let teamLists: ListSourceService;

function service(hostPermission = true): ListSourceService {
  return createListSourceService({
    use: (work) => work(db),
    codec: teamListCodec,
    fetch: (url, init) => fetch(url, init),
    hasHostPermission: async () => hostPermission,
    now: () => clock,
    onProtectionChanged: () => changes++,
    log: (message) => logged.push(message),
  });
}

/** Which of `names` the team lists now caution on, and the list each is on. */
async function cautioned(names: string[]): Promise<string[]> {
  const { plainEntries, hashedLists } = await teamLists.protection();
  const matcher = matcherFromCompiled(compileMatcher(plainEntries, { now: new Date(clock), hashedLists }));
  return names.flatMap((name) => matcher.scan(`Call ${name} today.`).map((match) => `${match.term} (${match.teamList ?? 'plain'})`));
}

beforeEach(async () => {
  db = await openTestDatabase();
  server = await startListServer();
  publisher = makePublisher();
  clock = START;
  changes = 0;
  logged = [];
  teamLists = service();
});
afterEach(async () => {
  await server.close();
  db.close();
});

describe('a subscription URL', () => {
  it('takes its first copy on subscribing: id, name, version and entry count from the signed file', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics', 'Nordwind Logistics'] }));
    const status = await teamLists.subscribe(server.url, publisher.publicKey, 30);
    expect(status).toMatchObject({
      id: 'sales-emea',
      name: 'Sales EMEA',
      origin: 'url',
      state: 'up-to-date',
      entryCount: 2,
      version: 1,
      kind: 'hashed',
    });
    expect(await cautioned(['Acme Robotics', 'Initech'])).toEqual(['Acme Robotics (Sales EMEA)']);
    expect(changes).toBe(1);
  });

  it('asks again with If-None-Match and If-Modified-Since, and a 304 keeps the copy and counts as checked', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.subscribe(server.url, publisher.publicKey);
    clock += 61 * MINUTE;
    const status = await teamLists.refresh('sales-emea');
    expect(server.requests.at(-1)).toMatchObject({ 'if-none-match': '"list-1"', 'if-modified-since': expect.stringContaining('2026') });
    expect(server.notModified).toBe(1);
    expect(status).toMatchObject({ state: 'up-to-date', version: 1, lastUpdatedAt: clock });
    expect(changes).toBe(1);
  });

  it('follows a new version: a won deal stops being cautioned, a new prospect starts', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics', 'Initech'] }));
    await teamLists.subscribe(server.url, publisher.publicKey);
    server.serve(publisher.list({ version: 2, prospects: ['Acme Robotics', 'Globex'] }));
    const status = await teamLists.refresh('sales-emea');
    expect(status).toMatchObject({ state: 'up-to-date', version: 2, entryCount: 2 });
    expect(await cautioned(['Acme Robotics', 'Initech', 'Globex'])).toEqual(['Acme Robotics (Sales EMEA)', 'Globex (Sales EMEA)']);
  });

  it('keeps protecting with the last good copy while the server answers 500, backing off 1, 2, 4 minutes', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.subscribe(server.url, publisher.publicKey, 60);
    server.fail(500);
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const status = await teamLists.refresh('sales-emea');
      expect(status).toMatchObject({ state: 'unreachable', version: 1, problem: expect.stringContaining('HTTP 500') });
      delays.push(((await teamLists.nextDueAt())! - clock) / MINUTE);
    }
    expect(delays).toEqual([1, 2, 4]);
    expect(await cautioned(['Acme Robotics'])).toEqual(['Acme Robotics (Sales EMEA)']);
    server.serve(publisher.list({ version: 2, prospects: ['Acme Robotics'] }));
    expect(await teamLists.refresh('sales-emea')).toMatchObject({ state: 'up-to-date', version: 2 });
    expect(((await teamLists.nextDueAt())! - clock) / MINUTE).toBe(60);
    expect(logged.filter((line) => line.includes('HTTP 500'))).toHaveLength(3);
  });

  it('refuses a copy whose signature does not hold, logs and shows it, and the last good copy keeps protecting', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.subscribe(server.url, publisher.publicKey);
    server.serve(tampered(publisher.list({ version: 2, prospects: ['Globex'] })));
    const status = await teamLists.refresh('sales-emea');
    expect(status).toMatchObject({
      state: 'refused',
      version: 1,
      problem: expect.stringMatching(/^The copy of “Sales EMEA” from 127\.0\.0\.1:\d+ was refused: .*signature/),
    });
    expect(logged).toEqual([status.problem]);
    expect(await cautioned(['Acme Robotics', 'Globex'])).toEqual(['Acme Robotics (Sales EMEA)']);
  });

  it('refuses a copy signed by another key, an older version and another list, each with its reason', async () => {
    server.serve(publisher.list({ version: 5, prospects: ['Acme Robotics'] }));
    await teamLists.subscribe(server.url, publisher.publicKey);
    const cases: [string, RegExp][] = [
      [makePublisher().list({ version: 6, prospects: ['Globex'] }), /signed with the key|signature/],
      [publisher.list({ version: 4, prospects: ['Globex'] }), /its version 4 is not newer than version 5 already in use/],
      [publisher.list({ version: 5, prospects: ['Globex'] }), /its version 5 is not newer than version 5 already in use/],
      [publisher.list({ id: 'sales-apac', version: 9, prospects: ['Globex'] }), /is the list “sales-apac”, not “sales-emea”/],
    ];
    for (const [text, reason] of cases) {
      server.serve(text);
      const status = await teamLists.refresh('sales-emea');
      expect(status.state).toBe('refused');
      expect(status.problem).toMatch(reason);
      expect(status.version).toBe(5);
    }
    expect(await cautioned(['Acme Robotics', 'Globex'])).toEqual(['Acme Robotics (Sales EMEA)']);
    expect(changes).toBe(1);
  });

  it('says the server could not be reached when nothing listens there, and adds nothing on subscribing', async () => {
    const url = server.url;
    await server.close();
    await expect(teamLists.subscribe(url, publisher.publicKey)).rejects.toThrow(/could not be reached\. Nothing was added\./);
    expect(await listSources(db)).toEqual([]);
  });

  it('refuses to subscribe when the first copy is not signed by the key given', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await expect(teamLists.subscribe(server.url, makePublisher().publicKey)).rejects.toThrow(/Nothing was added\.$/);
    expect(await listSources(db)).toEqual([]);
  });
});

describe('a team list file', () => {
  it('is imported with its publisher key, and only a newer version replaces it', async () => {
    const status = await teamLists.importFile(
      'sales-emea.json',
      publisher.list({ version: 3, kind: 'plain', prospects: ['Acme Robotics'] }),
      publisher.publicKey,
    );
    expect(status).toMatchObject({
      origin: 'file',
      kind: 'plain',
      version: 3,
      entryCount: 1,
      state: 'up-to-date',
      refreshable: false,
      removable: true,
    });
    expect(await cautioned(['Acme Robotics'])).toEqual(['Acme Robotics (plain)']);
    await expect(
      teamLists.importFile('old.json', publisher.list({ version: 2, kind: 'plain', prospects: ['Globex'] }), publisher.publicKey),
    ).rejects.toThrow('The file “old.json” holds version 2 of “Sales EMEA”, not newer than version 3 already in use; nothing changed.');
    await teamLists.importFile('new.json', publisher.list({ version: 4, kind: 'plain', prospects: ['Globex'] }), publisher.publicKey);
    expect(await cautioned(['Acme Robotics', 'Globex'])).toEqual(['Globex (plain)']);
  });

  it('is refused with the reason when the key is not the publisher’s, and nothing is stored', async () => {
    await expect(
      teamLists.importFile('sales-emea.json', publisher.list({ version: 1, prospects: ['Acme'] }), makePublisher().publicKey),
    ).rejects.toThrow(/^The team list from the file “sales-emea\.json” was refused: /);
    expect(await listSources(db)).toEqual([]);
  });
});

describe('lists set by the organisation’s policy', () => {
  const policy = (server: ListServer, overrides: Partial<ManagedPolicy> = {}): ManagedPolicy => ({
    ...EMPTY_POLICY,
    teamLists: [{ id: 'sales-emea', name: 'Sales EMEA', url: server.url, publicKey: publisher.publicKey, refreshMinutes: 15 }],
    ...overrides,
  });

  it('are fetched as soon as the policy names them, and dropped when it no longer does', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.applyPolicy(policy(server));
    expect(await teamLists.statuses()).toMatchObject([{ id: 'sales-emea', origin: 'policy', state: 'waiting', entryCount: 0 }]);
    await teamLists.refreshDue();
    expect(await teamLists.statuses()).toMatchObject([{ state: 'up-to-date', version: 1 }]);
    expect(await cautioned(['Acme Robotics'])).toEqual(['Acme Robotics (Sales EMEA)']);
    await teamLists.applyPolicy(EMPTY_POLICY);
    expect(await teamLists.statuses()).toEqual([]);
    expect(await cautioned(['Acme Robotics'])).toEqual([]);
  });

  it('cannot be removed when the policy locks settings, and survive Erase everything while personal lists go', async () => {
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.applyPolicy(policy(server, { lockSettings: true }));
    await teamLists.refreshDue();
    await teamLists.importFile(
      'apac.json',
      publisher.list({ id: 'sales-apac', name: 'Sales APAC', version: 1, prospects: ['Globex'] }),
      publisher.publicKey,
    );
    await expect(teamLists.remove('sales-emea')).rejects.toThrow(
      'The team list “Sales EMEA” is set by your organisation and cannot be removed.',
    );
    await eraseEverything(db);
    expect((await teamLists.statuses()).map((status) => status.id)).toEqual(['sales-emea']);
    expect(await cautioned(['Acme Robotics', 'Globex'])).toEqual(['Acme Robotics (Sales EMEA)']);
  });

  it('set aside the lists a person added when allowPersonalLists is false, and refuse new ones', async () => {
    await teamLists.importFile(
      'apac.json',
      publisher.list({ id: 'sales-apac', name: 'Sales APAC', version: 1, prospects: ['Globex'] }),
      publisher.publicKey,
    );
    await teamLists.applyPolicy({ ...EMPTY_POLICY, allowPersonalLists: false });
    expect(await teamLists.statuses()).toMatchObject([{ id: 'sales-apac', state: 'set-aside' }]);
    expect(await cautioned(['Globex'])).toEqual([]);
    await expect(
      teamLists.importFile('b.json', publisher.list({ id: 'b', version: 1, prospects: ['Initech'] }), publisher.publicKey),
    ).rejects.toThrow('Your organisation’s policy does not allow adding team lists yourself.');
  });

  it('without host permission are fetched with no conditional headers of their own (no CORS preflight)', async () => {
    teamLists = service(false);
    server.serve(publisher.list({ version: 1, prospects: ['Acme Robotics'] }));
    await teamLists.applyPolicy(policy(server));
    await teamLists.refreshDue();
    clock += 16 * MINUTE;
    await teamLists.refreshDue();
    expect(server.requests.map((headers) => headers['if-none-match'])).toEqual([undefined, undefined]);
    // Node has no HTTP cache: the same bytes again are recognised as the copy in use.
    expect(await teamLists.statuses()).toMatchObject([{ state: 'up-to-date', version: 1, lastUpdatedAt: clock }]);
  });
});
