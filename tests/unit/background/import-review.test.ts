// The background's import requests beyond the counts: the row-level preview, skipping bad rows,
// mapping unknown columns, and putting the list back as it was (undo).
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '../../../utils/background/service';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

let service: BackgroundService;

beforeEach(() => {
  let nextId = 0;
  service = createBackgroundService({
    database: { factory: new IDBFactory() },
    compile: (entries) => ({ entries }),
    tabs: createTabRegistry(createMemorySessionArea()),
    now: () => new Date('2026-12-05T09:00:00Z'),
    newId: () => `id-${++nextId}`,
    onProtectionChanged: () => {},
  });
});

const ask = <T>(message: unknown) => service.handle(message, { origin: 'extension-page' }) as Promise<T>;
const list = async () => (await ask<ProspectEntry[]>({ type: 'entries:list' })).sort((a, b) => a.name.localeCompare(b.name));

const HUBSPOT = [
  'Deal Name,Deal Stage,Associated Company',
  'Acme - 50 seats,Contract sent,Acme Robotics',
  'Website redesign,Appointment scheduled,',
  'Globex renewal,Closed won,Globex',
].join('\n');

describe('import review', () => {
  it('shows each row as it would be written, with its columns, and the row that cannot be read', async () => {
    expect(await ask({ type: 'entries:import-review', fileName: 'deals.csv', text: HUBSPOT })).toEqual({
      kind: 'rows',
      format: 'csv',
      rowCount: 2,
      rows: [
        {
          line: 2,
          name: 'Acme Robotics',
          status: 'open',
          aliases: [],
          contacts: [],
          domains: [],
          from: { name: 'Associated Company', status: 'Deal Stage' },
          warnings: [],
        },
        {
          line: 4,
          name: 'Globex',
          status: 'won',
          aliases: [],
          contacts: [],
          domains: [],
          from: { name: 'Associated Company', status: 'Deal Stage' },
          warnings: [],
        },
      ],
      warned: [],
      leftOut: [],
      bad: [
        {
          line: 3,
          problem: 'This row names no company (its deal is “Website redesign”); fill in the “Associated Company” column or skip the row.',
        },
      ],
    });
    expect(await list()).toEqual([]);
  });

  it('names the line and column of a minified JSON error', async () => {
    const text = '{"format":"prospect-guard.watchlist","version":1,"entries":[{"name":"Acme"} {"name":"Globex"}]}';
    const expected = { line: 1, column: text.indexOf(' {') + 2 };
    expect(await ask({ type: 'entries:import-review', fileName: 'list.json', text })).toMatchObject({ kind: 'error', ...expected });
    expect(await ask({ type: 'entries:import-preview', fileName: 'list.json', text })).toMatchObject({ ok: false, ...expected });
  });
});

describe('skipping bad rows', () => {
  it('refuses the file with a bad row, and with skipping imports every other row at once', async () => {
    expect(await ask({ type: 'entries:import', fileName: 'deals.csv', text: HUBSPOT })).toMatchObject({ ok: false, line: 3 });
    expect(await list()).toEqual([]);
    expect(await ask({ type: 'entries:import', fileName: 'deals.csv', text: HUBSPOT, skipBadRows: true })).toEqual({
      ok: true,
      format: 'csv',
      added: 2,
      updated: 0,
      unchanged: 0,
      total: 2,
    });
    expect((await list()).map((entry) => [entry.name, entry.status])).toEqual([
      ['Acme Robotics', 'open'],
      ['Globex', 'won'],
    ]);
  });
});

describe('column mapping', () => {
  it('asks for the columns when no header names the prospect, then imports with the chosen ones', async () => {
    const text = 'Firma,Web\nAcme Robotics,acme.com\n';
    expect(await ask({ type: 'entries:import-review', fileName: 'x.csv', text })).toEqual({
      kind: 'needs-mapping',
      headerLine: 1,
      headers: ['Firma', 'Web'],
      samples: [['Acme Robotics', 'acme.com']],
    });
    const mapping = { headerLine: 1, roles: ['name', 'domains'] };
    expect(await ask({ type: 'entries:import', fileName: 'x.csv', text, mapping })).toMatchObject({ ok: true, added: 1 });
    expect((await list()).map((entry) => [entry.name, entry.domains])).toEqual([['Acme Robotics', ['acme.com']]]);
  });

  it('refuses a column role it does not know', async () => {
    await expect(
      ask({ type: 'entries:import-preview', fileName: 'x.csv', text: 'A\nB\n', mapping: { headerLine: 1, roles: ['owner'] } }),
    ).rejects.toThrow('A column can hold the name, aliases, contacts, emails, domains, status or a note.');
  });
});

describe('restoring the list (undo)', () => {
  it('removes what an import added and puts back what it changed, exactly', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex', domains: ['globex.com'] } });
    const before = await list();
    await ask({ type: 'entries:import', fileName: 'deals.csv', text: HUBSPOT, skipBadRows: true });
    const after = await list();
    expect(after.map((entry) => entry.status)).toEqual(['open', 'won']);
    const added = after.filter((entry) => !before.some((old) => old.id === entry.id)).map((entry) => entry.id);
    await ask({ type: 'entries:restore', removeIds: added, entries: before });
    expect(await list()).toEqual(before);
  });

  it('refuses to put back something that is not an entry, and changes nothing', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex' } });
    const before = await list();
    await expect(ask({ type: 'entries:restore', removeIds: [before[0]!.id], entries: [{ name: 'x' }] })).rejects.toThrow(
      'Those entries cannot be put back: one of them is not a valid prospect.',
    );
    expect(await list()).toEqual(before);
  });
});
