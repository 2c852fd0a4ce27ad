import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService, type BackgroundService, type RequestSender } from '../../../utils/background/service';
import type { MatchableEntry } from '../../../utils/model/watchlist';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import type { ActivityRecord, PageProtection } from '../../../utils/model/messages';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

// Stands in for compileMatcher: records what it was given so tests can see what tabs receive.
const compiledFrom = (entries: MatchableEntry[], now: Date) => ({ entries, compiledAt: now.toISOString() });

let factory: IDBFactory;
let service: BackgroundService;
let clock: Date;
let compileCalls: number;
let changes: number;

beforeEach(async () => {
  factory = new IDBFactory();
  clock = new Date('2026-11-27T09:00:00Z');
  compileCalls = 0;
  changes = 0;
  let nextId = 0;
  service = createBackgroundService({
    database: { factory },
    compile: (entries, now) => {
      compileCalls++;
      return compiledFrom(entries, now);
    },
    tabs: createTabRegistry(createMemorySessionArea()),
    now: () => clock,
    newId: () => `id-${++nextId}`,
    onProtectionChanged: () => changes++,
  });
});

const EXTENSION_PAGE: RequestSender = { origin: 'extension-page' };
const inTab = (tabId: number, frameId = 0): RequestSender => ({ origin: 'content-script', tabId, frameId });
const ask = <T>(message: unknown, sender = EXTENSION_PAGE) => service.handle(message, sender) as Promise<T>;
const add = (name: string, extra: object = {}) => ask<ProspectEntry>({ type: 'entries:add', entry: { name, ...extra } });

describe('requests the background refuses', () => {
  it.each([
    [null, 'A request to Prospect Guard must be an object with a "type".'],
    [{}, 'A request to Prospect Guard must be an object with a "type".'],
    [{ type: 'entries:explode' }, 'Prospect Guard does not know the request “entries:explode”.'],
    [{ type: 'entries:add' }, 'The “entries:add” request is not valid: The "entry" field is missing.'],
    [{ type: 'entries:add', entry: 'Acme' }, 'The “entries:add” request is not valid: The new entry must be an object.'],
    [{ type: 'entries:delete', ids: 'id-1' }, 'The “entries:delete” request is not valid: The entry ids must be a list of text.'],
    [{ type: 'tab:status', tabId: 'one', url: 'https://a.com/' }, 'The “tab:status” request is not valid: The tab id must be a number.'],
    [{ type: 'entries:export', format: 'xml' }, 'The “entries:export” request is not valid: The export format must be json or csv.'],
    [
      { type: 'activity:record', record: { site: 'a.com', entryIds: [], entryNames: [], choice: 'maybe' } },
      'The “activity:record” request is not valid: The choice must be shown, sent-anyway, reviewed or ignored.',
    ],
  ])('rejects %j with a sentence', async (message, sentence) => {
    await expect(ask(message)).rejects.toThrow(sentence);
  });

  it.each([
    [{ type: 'entries:open-page' }, 'The “entries:open-page” request is not valid: The "limit" field is missing.'],
    [{ type: 'entries:open-page', limit: '50' }, 'The “entries:open-page” request is not valid: The limit must be a number.'],
    [{ type: 'entries:open-page', limit: 2.5 }, 'The “entries:open-page” request is not valid: The limit must be a whole number.'],
    [{ type: 'entries:open-page', limit: -1 }, 'The “entries:open-page” request is not valid: The limit cannot be negative.'],
    [{ type: 'entries:open-page', limit: 10_001 }, 'The “entries:open-page” request is not valid: The limit cannot be more than 10,000.'],
  ])('rejects the first-page request %j with a sentence', async (message, sentence) => {
    await expect(ask(message)).rejects.toThrow(sentence);
  });

  it('refuses “entries:open-page” from a content script', async () => {
    await expect(ask({ type: 'entries:open-page', limit: 50 }, inTab(3))).rejects.toThrow(
      'The “entries:open-page” request can only come from Prospect Guard’s own pages.',
    );
  });

  it.each(['entries:list', 'entries:export', 'settings:get', 'activity:list', 'storage:erase-all'])(
    'refuses “%s” from a content script: pages never get near the watchlist',
    async (type) => {
      const message = type === 'entries:export' ? { type, format: 'json' } : { type };
      await expect(ask(message, inTab(3))).rejects.toThrow(`The “${type}” request can only come from Prospect Guard’s own pages.`);
    },
  );

  it.each([
    { type: 'entries:page', limit: 10 },
    { type: 'entries:import', fileName: 'list.csv', text: 'name\nAcme\n' },
    { type: 'entries:restore', removeIds: [], entries: [] },
  ])('refuses $type from a content script, like every request a page guard does not need', async (message) => {
    await expect(ask(message, inTab(3))).rejects.toThrow(`The “${message.type}” request can only come from Prospect Guard’s own pages.`);
  });

  it.each([
    [{ type: 'page:protection', url: 'https://a.com/' }],
    [{ type: 'page:editor-found', url: 'https://a.com/', adapter: 'generic', editor: 'textarea' }],
    [{ type: 'activity:record', record: { site: 'a.com', entryIds: [], entryNames: [], choice: 'shown' } }],
  ])('answers a content script’s %j', async (message) => {
    const outcome = ask(message, inTab(3)).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await expect(outcome).resolves.toBe('answered');
  });

  it('rejects an editor report that does not come from a tab', async () => {
    await expect(ask({ type: 'page:editor-found', url: 'https://a.com/', adapter: 'generic', editor: 'textarea' })).rejects.toThrow(
      'Only a content script in a tab can report an editor.',
    );
  });
});

describe('the watchlist requests', () => {
  it('adds, lists, updates and deletes entries, telling tabs after each change', async () => {
    const acme = await add('Acme');
    expect(await ask({ type: 'entries:list' })).toEqual([acme]);
    const won = await ask<ProspectEntry>({ type: 'entries:update', id: acme.id, changes: { status: 'won' } });
    expect(won.status).toBe('won');
    await ask({ type: 'entries:delete', ids: [acme.id] });
    expect(await ask({ type: 'entries:list' })).toEqual([]);
    expect(changes).toBe(3);
  });

  it('passes a store refusal through as the rejection', async () => {
    await add('Acme');
    await expect(add('ACME')).rejects.toThrow('“Acme” is already on the watchlist; edit that entry instead.');
    expect(changes).toBe(1);
  });

  it('previews an import without writing, then imports it', async () => {
    await add('Acme');
    const csv = 'Company,Stage\nAcme,Closed Won\nGlobex,Negotiation\n';
    const preview = { ok: true, format: 'csv', added: 1, updated: 1, unchanged: 0, total: 2 };
    expect(await ask({ type: 'entries:import-preview', fileName: 'deals.csv', text: csv })).toEqual(preview);
    expect(await ask<ProspectEntry[]>({ type: 'entries:list' })).toHaveLength(1);
    expect(await ask({ type: 'entries:import', fileName: 'deals.csv', text: csv })).toEqual(preview);
    const names = (await ask<ProspectEntry[]>({ type: 'entries:list' })).map((entry) => [entry.name, entry.status]);
    expect(names.sort()).toEqual([
      ['Acme', 'won'],
      ['Globex', 'open'],
    ]);
  });

  it('answers a bad import file with its line and problem, and changes nothing', async () => {
    const csv = 'Company,Website\nAcme,acme.com\nGlobex,n/a\n';
    expect(await ask({ type: 'entries:import', fileName: 'deals.csv', text: csv })).toEqual({
      ok: false,
      line: 3,
      message: '“n/a” in the “Website” column is not a web address or domain such as acme.com; correct it or leave the cell empty.',
    });
    expect(await ask({ type: 'entries:list' })).toEqual([]);
    expect(changes).toBe(0);
  });

  it('exports under a dated file name', async () => {
    await add('Acme');
    const json = await ask<{ fileName: string; text: string }>({ type: 'entries:export', format: 'json' });
    expect(json.fileName).toBe('prospect-guard-watchlist-2026-11-27.json');
    expect(JSON.parse(json.text).entries.map((entry: { name: string }) => entry.name)).toEqual(['Acme']);
    const csv = await ask<{ fileName: string; text: string }>({ type: 'entries:export', format: 'csv' });
    expect(csv.fileName).toBe('prospect-guard-watchlist-2026-11-27.csv');
  });
});

describe('the popup’s first page of open entries', () => {
  type OpenPage = { entries: ProspectEntry[]; totalOpen: number };
  const openPage = (limit: number) => ask<OpenPage>({ type: 'entries:open-page', limit });
  const tick = (ms = 1000) => (clock = new Date(clock.getTime() + ms));

  it('gives the newest open entries first, at most `limit`, and how many are open in all', async () => {
    const names = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
    const added: ProspectEntry[] = [];
    for (const name of names) {
      tick();
      added.push(await add(name));
    }
    tick();
    await ask({ type: 'entries:update', id: added[1]!.id, changes: { status: 'won' } });
    tick();
    await ask({ type: 'entries:update', id: added[0]!.id, changes: { note: 'called' } });
    const page = await openPage(3);
    expect(page.entries.map((entry) => entry.name)).toEqual(['Acme', 'Hooli', 'Umbrella']);
    expect(page.entries[0]).toMatchObject({ note: 'called', status: 'open' });
    expect(page.totalOpen).toBe(4);
    expect((await openPage(0)).entries).toEqual([]);
    expect((await openPage(100)).entries.map((entry) => entry.name)).toEqual(['Acme', 'Hooli', 'Umbrella', 'Initech']);
  });

  it('matches the whole list’s open entries, newest first, in the same order for equal times', async () => {
    for (const name of ['Acme', 'Globex', 'Initech']) await add(name);
    const all = await ask<ProspectEntry[]>({ type: 'entries:list' });
    const expected = all.filter((entry) => entry.status === 'open').sort((a, b) => b.updatedAt - a.updatedAt);
    expect((await openPage(10)).entries).toEqual(expected);
  });

  it('follows every change: add, close, reopen, delete, import and erase', async () => {
    const acme = await add('Acme');
    expect((await openPage(10)).totalOpen).toBe(1);
    tick();
    const globex = await add('Globex');
    expect((await openPage(10)).entries.map((entry) => entry.id)).toEqual([globex.id, acme.id]);
    await ask({ type: 'entries:update', id: acme.id, changes: { status: 'lost' } });
    expect(await openPage(10)).toEqual({ entries: [globex], totalOpen: 1 });
    tick();
    await ask({ type: 'entries:update', id: acme.id, changes: { status: 'open' } });
    expect((await openPage(10)).entries.map((entry) => entry.name)).toEqual(['Acme', 'Globex']);
    await ask({ type: 'entries:delete', ids: [globex.id] });
    expect((await openPage(10)).entries.map((entry) => entry.name)).toEqual(['Acme']);
    await ask({ type: 'entries:import', fileName: 'crm.csv', text: 'Company\nInitech\n' });
    expect((await openPage(10)).totalOpen).toBe(2);
    await service.addProspectByName('Hooli');
    expect((await openPage(10)).totalOpen).toBe(3);
    await ask({ type: 'storage:erase-all' });
    expect(await openPage(10)).toEqual({ entries: [], totalOpen: 0 });
  });

  it('reads the store once per change for both the page and the compiled matcher', async () => {
    await add('Acme');
    await service.warmUp();
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      await openPage(10);
      await openPage(10);
      await ask({ type: 'page:protection', url: 'https://a.com/' }, inTab(1));
      expect(getAll).not.toHaveBeenCalled();
      // A change: the add's own duplicate check, then one read shared by the page and the compile.
      await add('Globex');
      expect((await openPage(10)).totalOpen).toBe(2);
      await ask({ type: 'page:protection', url: 'https://a.com/' }, inTab(1));
      expect(getAll).toHaveBeenCalledTimes(2);
    } finally {
      getAll.mockRestore();
    }
  });

  it('hands out copies: changing an answer does not change the next one', async () => {
    await add('Acme', { aliases: ['ACME Corp'] });
    const first = await openPage(10);
    first.entries[0]!.name = 'Changed';
    first.entries[0]!.aliases!.push('Other');
    expect((await openPage(10)).entries[0]).toMatchObject({ name: 'Acme', aliases: ['ACME Corp'] });
  });
});

describe('adding selected text from the context menu', () => {
  it.each([
    [[], 'Acme', 'added', 'open'],
    [[{ name: 'ACME' }], 'acme', 'already-open', 'open'],
    [[{ name: 'Acme', status: 'won' }], 'Acme', 'added', 'open'],
    [[{ name: 'Acme', status: 'lost' }], 'ACME', 'added', 'open'],
  ])('with %j on the list, adding “%s” is %s and leaves it %s', async (existing, name, result, status) => {
    for (const entry of existing) await ask({ type: 'entries:add', entry });
    expect(await service.addProspectByName(name)).toBe(result);
    const entries = await ask<ProspectEntry[]>({ type: 'entries:list' });
    expect(entries.map((entry) => entry.status)).toEqual([status]);
  });

  it('refuses a name the watchlist cannot hold', async () => {
    await expect(service.addProspectByName('x'.repeat(201))).rejects.toThrow('The prospect name must be at most 200 characters long.');
  });

  it('follows the popup’s rule: a name open on a team list is already open, one only a team list closed is added', async () => {
    const teamList = 'Name,Status,Team list\nAcme,open,sales-emea\nGlobex,lost,sales-emea\n';
    await ask({ type: 'entries:import', fileName: 'team.csv', text: teamList });
    expect(await service.addProspectByName('ACME')).toBe('already-open');
    expect(await service.addProspectByName('globex')).toBe('added');
    const entries = await ask<ProspectEntry[]>({ type: 'entries:list' });
    expect(entries.map((entry) => [entry.name, entry.status, entry.source.kind]).sort()).toEqual([
      ['Acme', 'open', 'team'],
      ['Globex', 'lost', 'team'],
      ['globex', 'open', 'own'],
    ]);
  });
});

describe('page protection', () => {
  it('gives a page only the open entries, reduced to what matching needs', async () => {
    const acme = await add('Acme', { aliases: ['ACME Corp'], note: 'secret terms', matchCase: false });
    await add('Initech', { status: 'won' });
    const protection = await service.protectionFor('https://mail.example.com/');
    expect(protection.active).toBe(true);
    expect(protection.compiled).toEqual(compiledFrom([{ id: acme.id, name: 'Acme', aliases: ['ACME Corp'], status: 'open' }], clock));
    expect(JSON.stringify(protection)).not.toContain('secret terms');
  });

  it('compiles once per change, not once per page', async () => {
    await add('Acme');
    await Promise.all([service.protectionFor('https://a.com/'), service.protectionFor('https://b.com/')]);
    const afterFirst = compileCalls;
    await service.protectionFor('https://c.com/');
    expect(compileCalls).toBe(afterFirst);
    await add('Globex');
    await service.protectionFor('https://c.com/');
    expect(compileCalls).toBe(afterFirst + 1);
  });

  it('moves the revision with every change to the list or the settings, and each new day', async () => {
    const revisions = [(await service.protectionFor('https://a.com/')).revision];
    await add('Acme');
    revisions.push((await service.protectionFor('https://a.com/')).revision);
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, quietSites: ['crm.example.com'] } });
    revisions.push((await service.protectionFor('https://a.com/')).revision);
    await service.startNewDay();
    revisions.push((await service.protectionFor('https://a.com/')).revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(4);
  });

  it.each([
    ['https://crm.example.com/deals', { quietSites: ['example.com'] }, false],
    ['https://example.com/', { quietSites: ['example.com'] }, false],
    ['https://notexample.com/', { quietSites: ['example.com'] }, true],
    ['https://docs.acme.org/x', { switchedOffSites: ['acme.org'] }, false],
    ['https://mail.example.com/', { enabled: false }, false],
    ['chrome://settings/', {}, false],
  ])('on %s with settings %j, is active: %s, and never ships the list when inactive', async (url, settings, active) => {
    await add('Acme');
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, ...settings } });
    const protection = await ask<PageProtection>({ type: 'page:protection', url });
    expect(protection.active).toBe(active);
    expect((protection.compiled as ReturnType<typeof compiledFrom>).entries).toHaveLength(active ? 1 : 0);
  });

  it('hands the sales team to the page', async () => {
    const salesTeam = { emails: ['a@ourco.com'], domains: ['ourco.com'], channels: ['#deals'] };
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, salesTeam } });
    expect((await ask<PageProtection>({ type: 'page:protection', url: 'https://x.com/' })).salesTeam).toEqual(salesTeam);
  });

  it('remembers per site how the person left the caution, and hands it only to that site’s pages', async () => {
    const layout = { collapsed: true, dx: -120, dy: 16 };
    await ask({ type: 'caution:layout', url: 'https://mail.example.com/inbox', layout }, inTab(2));
    expect((await ask<PageProtection>({ type: 'page:protection', url: 'https://mail.example.com/compose' })).cautionLayout).toEqual(layout);
    expect((await ask<PageProtection>({ type: 'page:protection', url: 'https://chat.example.com/' })).cautionLayout).toBeUndefined();
    expect((await ask<{ cautionLayouts?: object }>({ type: 'settings:get' })).cautionLayouts).toEqual({ 'mail.example.com': layout });
  });

  it('refuses a caution layout that is not a layout', async () => {
    await expect(
      ask({ type: 'caution:layout', url: 'https://a.com/', layout: { collapsed: 'yes', dx: 0, dy: 0 } }, inTab(2)),
    ).rejects.toThrow(/“collapsed” must be true or false/);
  });
});

describe('tab status', () => {
  const tab = inTab(7);

  it('reports the editor last found in that tab, on that site', async () => {
    await ask({ type: 'page:editor-found', url: 'https://mail.google.com/mail/u/0/', adapter: 'gmail', editor: 'contenteditable' }, tab);
    expect(await ask({ type: 'tab:status', tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox' })).toEqual({
      protected: true,
      adapter: 'gmail',
      editor: 'contenteditable',
    });
    expect(await ask({ type: 'tab:status', tabId: 8, url: 'https://mail.google.com/' })).toEqual({ protected: true });
    expect(await ask({ type: 'tab:status', tabId: 7, url: 'https://example.com/' })).toEqual({ protected: true });
  });

  it.each([
    [{ enabled: false }, 'off'],
    [{ quietSites: ['mail.google.com'] }, 'quiet-site'],
    [{ switchedOffSites: ['google.com'] }, 'site-off'],
  ])('with settings %j says why a page is not protected: %s', async (settings, reason) => {
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, ...settings } });
    expect(await ask({ type: 'tab:status', tabId: 7, url: 'https://mail.google.com/' })).toEqual({ protected: false, reason });
  });

  it('uses the page the tab reported when the popup cannot see the tab’s URL', async () => {
    await ask({ type: 'page:protection', url: 'https://mail.google.com/mail/u/0/' }, tab);
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, quietSites: ['google.com'] } });
    expect(await ask({ type: 'tab:status', tabId: 7, url: '' })).toEqual({ protected: false, reason: 'quiet-site' });
    expect(await ask({ type: 'tab:status', tabId: 99, url: '' })).toEqual({ protected: false, reason: 'unsupported-page' });
    expect(await ask({ type: 'tab:status', tabId: 7 })).toEqual({ protected: false, reason: 'quiet-site' });
  });

  it('counts an editor found in a frame as found on the tab’s page', async () => {
    await ask({ type: 'page:protection', url: 'https://outlook.office.com/mail/' }, tab);
    await ask(
      { type: 'page:editor-found', url: 'https://compose.example.net/frame', adapter: 'generic', editor: 'contenteditable' },
      inTab(7, 5),
    );
    expect(await ask({ type: 'tab:status', tabId: 7, url: 'https://outlook.office.com/mail/inbox' })).toEqual({
      protected: true,
      adapter: 'generic',
      editor: 'contenteditable',
    });
  });

  it('calls the browser’s own pages unsupported', async () => {
    expect(await ask({ type: 'tab:status', tabId: 7, url: 'chrome://extensions/' })).toEqual({
      protected: false,
      reason: 'unsupported-page',
    });
  });

  it('remembers the page a tab’s top frame asked about, not its frames’', async () => {
    await ask({ type: 'page:protection', url: 'https://app.slack.com/client' }, tab);
    await ask({ type: 'page:protection', url: 'https://embed.example.com/' }, inTab(7, 3));
    expect(await service.pageUrlOf(7)).toBe('https://app.slack.com/client');
    await service.forgetTab(7);
    expect(await service.pageUrlOf(7)).toBeUndefined();
  });
});

describe('settings and activity', () => {
  it('returns the defaults until settings are saved, then the saved, normalised settings', async () => {
    expect(await ask({ type: 'settings:get' })).toEqual(DEFAULT_SETTINGS);
    const saved = await ask({
      type: 'settings:set',
      settings: {
        salesTeam: { emails: [' Boss@OurCo.com '], domains: ['@OurCo.com'], channels: ['#deals', '#Deals'] },
        quietSites: ['https://crm.ourco.com/home'],
        enabled: true,
      },
    });
    const expected = {
      salesTeam: { emails: ['boss@ourco.com'], domains: ['ourco.com'], channels: ['#deals'] },
      quietSites: ['crm.ourco.com'],
      enabled: true,
      switchedOffSites: [],
    };
    expect(saved).toEqual(expected);
    expect(await ask({ type: 'settings:get' })).toEqual(expected);
  });

  it('refuses invalid settings and keeps the old ones', async () => {
    await expect(
      ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, salesTeam: { emails: ['boss'], domains: [], channels: [] } } }),
    ).rejects.toThrow("“boss” in the sales team's addresses is not an email address such as name@company.com.");
    expect(await ask({ type: 'settings:get' })).toEqual(DEFAULT_SETTINGS);
  });

  it('records activity with the time and host only, lists it since a time, and clears it', async () => {
    const record = { site: 'https://mail.google.com/mail/u/0/', entryIds: ['a'], entryNames: ['Acme'], choice: 'shown' };
    await ask({ type: 'activity:record', record });
    clock = new Date('2026-11-28T09:00:00Z');
    await ask({ type: 'activity:record', record: { ...record, choice: 'sent-anyway' } });
    const all = await ask<ActivityRecord[]>({ type: 'activity:list' });
    expect(all).toEqual([
      { ...record, site: 'mail.google.com', at: Date.parse('2026-11-27T09:00:00Z') },
      { ...record, site: 'mail.google.com', choice: 'sent-anyway', at: Date.parse('2026-11-28T09:00:00Z') },
    ]);
    expect(await ask({ type: 'activity:list', since: Date.parse('2026-11-28T00:00:00Z') })).toEqual([all[1]]);
    await ask({ type: 'activity:clear' });
    expect(await ask({ type: 'activity:list' })).toEqual([]);
  });

  it('erases everything: entries, settings, activity and what it knows of tabs', async () => {
    await add('Acme');
    await ask({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, enabled: false } });
    await ask({ type: 'activity:record', record: { site: 'a.com', entryIds: [], entryNames: [], choice: 'shown' } });
    await ask({ type: 'page:editor-found', url: 'https://a.com/', adapter: 'generic', editor: 'textarea' }, inTab(1));
    await ask({ type: 'storage:erase-all' });
    expect(await ask({ type: 'entries:list' })).toEqual([]);
    expect(await ask({ type: 'settings:get' })).toEqual(DEFAULT_SETTINGS);
    expect(await ask({ type: 'activity:list' })).toEqual([]);
    expect(await ask({ type: 'tab:status', tabId: 1, url: 'https://a.com/' })).toEqual({ protected: true });
  });

  it('still reaches the open tabs afterwards, so they drop the erased list', async () => {
    await add('Acme');
    await ask({ type: 'page:protection', url: 'https://a.com/' }, inTab(1));
    await ask({ type: 'storage:erase-all' });
    expect(await service.pageUrlOf(1)).toBe('https://a.com/');
    expect(((await service.protectionFor('https://a.com/')).compiled as ReturnType<typeof compiledFrom>).entries).toEqual([]);
  });
});
