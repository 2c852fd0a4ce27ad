import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchlistDb } from '../../../utils/store/database';
import { addEntry, applyImport, listEntries, previewImport, updateEntry } from '../../../utils/store/entry-repository';
import { exportWatchlist } from '../../../utils/watchlist-files/export-file';
import { readImportFile } from '../../../utils/watchlist-files/import-file';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import { openTestDatabase, readRevision, testWriteContext } from '../store/fixtures/test-database';

const NOW = new Date('2026-11-27T09:00:00Z');

// Names and notes that break naive CSV and JSON writers.
const TRICKY_ENTRIES = [
  { name: 'Société Générale', aliases: ['SocGen', 'Société Générale Bank & Trust'], domains: ['societegenerale.fr'] },
  {
    name: 'Acme, Inc.',
    contacts: ['Doe, Jane', 'jane.doe@acme.com'],
    note: 'Said: "call me", then left.\nSecond line; third, with comma.',
  },
  { name: '"Quoted" Corp', aliases: ['The “Quoted” one'], matchCase: true, guardUntil: '2027-02-28' },
  { name: 'Multi\nline', status: 'won', note: '\r\nstarts with a break' },
  { name: '=SUM(A1)', aliases: ['+33 1 23', '@handle', '-minus'] },
  { name: 'L’Oréal', status: 'lost', domains: ['loreal.com', 'loreal.fr'] },
  { name: '東京エレクトロン', contacts: ['山田 太郎'] },
];

let source: WatchlistDb;
let target: WatchlistDb;
beforeEach(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  const context = testWriteContext();
  for (const entry of TRICKY_ENTRIES) await addEntry(source, entry, context);
  const orange = await addEntry(source, { name: 'Orange' }, context);
  await updateEntry(source, orange.id, { status: 'won' }, context);
});

const comparable = (entries: ProspectEntry[]) =>
  entries.map(({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...entry }) => entry).sort((a, b) => a.name.localeCompare(b.name));

describe.each(['json', 'csv'] as const)('export then import, as %s', (format) => {
  it('recreates the same watchlist in an empty one', async () => {
    const file = exportWatchlist(await listEntries(source), format, NOW);
    const { entries } = readImportFile(file.fileName, file.text);
    const plan = await applyImport(target, entries, testWriteContext());
    expect(plan.added).toHaveLength(TRICKY_ENTRIES.length + 1);
    expect(comparable(await listEntries(target))).toEqual(comparable(await listEntries(source)));
  });

  it('changes nothing when imported back into the list it came from', async () => {
    const before = await listEntries(source);
    const revision = await readRevision(source);
    const file = exportWatchlist(before, format, NOW);
    const plan = await applyImport(source, readImportFile(file.fileName, file.text).entries, testWriteContext());
    expect(plan).toMatchObject({ added: [], updated: [], unchanged: before.length, total: before.length });
    expect(await listEntries(source)).toEqual(before);
    expect(await readRevision(source)).toBe(revision);
  });
});

describe('import', () => {
  it('previews exactly what importing then does, without writing', async () => {
    const csv = 'Name,Status\nSociété Générale,won\nNew One,open\nOrange,won\n';
    const { entries } = readImportFile('list.csv', csv);
    const preview = await previewImport(source, entries, testWriteContext());
    expect({ added: preview.added.length, updated: preview.updated.length, unchanged: preview.unchanged, total: preview.total }).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      total: 3,
    });
    expect(await listEntries(source)).toHaveLength(TRICKY_ENTRIES.length + 1);
    const applied = await applyImport(source, entries, testWriteContext());
    expect({ added: applied.added.length, updated: applied.updated.length, unchanged: applied.unchanged }).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
    });
  });

  it('writes all entries or none: a failing write leaves the watchlist as it was', async () => {
    const before = await listEntries(source);
    const { entries } = readImportFile('list.csv', 'Name\nBrand New\nAnother New\n');
    // A value IndexedDB cannot store makes the second write fail inside the transaction.
    const poisoned = entries.map((entry, index) =>
      index === 1 ? { ...entry, fields: { ...entry.fields, note: (() => 0) as unknown as string } } : entry,
    );
    await expect(applyImport(source, poisoned, testWriteContext())).rejects.toThrow();
    expect(await listEntries(source)).toEqual(before);
  });
});

describe('export', () => {
  it('writes the documented JSON envelope', async () => {
    const file = exportWatchlist(await listEntries(source), 'json', NOW);
    const parsed = JSON.parse(file.text);
    expect(parsed).toMatchObject({ format: 'prospect-guard.watchlist', version: 1, exportedAt: NOW.toISOString() });
    expect(parsed.entries.find((entry: { name: string }) => entry.name === 'Société Générale')).toEqual({
      name: 'Société Générale',
      aliases: ['SocGen', 'Société Générale Bank & Trust'],
      contacts: [],
      domains: ['societegenerale.fr'],
      status: 'open',
      matchCase: false,
      source: { kind: 'own' },
    });
  });

  it('writes CSV with our header row, a byte-order mark, and formula-like cells defused', async () => {
    const file = exportWatchlist(await listEntries(source), 'csv', NOW);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFName,Aliases,Contacts,Domains,Status,Guard until,Match case,Note,Team list');
    expect(file.text).toContain(`"'=SUM(A1)","'+33 1 23; @handle; -minus"`);
  });
});
