import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchlistDb } from '../../../utils/store/database';
import { addEntry, deleteEntries, EntryError, listEntries, updateEntry } from '../../../utils/store/entry-repository';
import { openTestDatabase, readRevision, testWriteContext } from './fixtures/test-database';

let db: WatchlistDb;
let context: ReturnType<typeof testWriteContext>;
beforeEach(async () => {
  db = await openTestDatabase();
  context = testWriteContext();
});

describe('adding an entry', () => {
  it('stores it in the canonical shape, as the seller’s own, open by default', async () => {
    const entry = await addEntry(
      db,
      { name: '  Acme Robotics ', aliases: ['Acme', ' ', 'acme'], contacts: [], domains: ['https://www.Acme.com/about'] },
      context,
    );
    expect(entry).toEqual({
      id: 'e1',
      name: 'Acme Robotics',
      aliases: ['Acme'],
      domains: ['acme.com'],
      status: 'open',
      source: { kind: 'own' },
      createdAt: context.now(),
      updatedAt: context.now(),
    });
    expect(await listEntries(db)).toEqual([entry]);
  });

  it('moves the revision forward', async () => {
    const before = await readRevision(db);
    await addEntry(db, { name: 'Acme' }, context);
    expect(await readRevision(db)).toBe(before + 1);
  });

  it.each([
    ['Société Générale', 'SOCIETE GENERALE'],
    ['Saint-Gobain', 'saint gobain'],
    ['L’Oréal', "L'Oreal"],
    ['Acme  Robotics', 'acme robotics'],
  ])('refuses “%s” then “%s” as the same prospect, and stores nothing more', async (first, second) => {
    await addEntry(db, { name: first }, context);
    await expect(addEntry(db, { name: second }, context)).rejects.toThrow(
      `“${first}” is already on the watchlist; edit that entry instead.`,
    );
    expect(await listEntries(db)).toHaveLength(1);
  });

  it.each([
    [{ name: '' }, 'The prospect name is empty; write the name of the company or person.'],
    [{ name: 'x'.repeat(201) }, 'The prospect name must be at most 200 characters long.'],
    [{ name: 'Acme', status: 'pending' }, 'The status “pending” is not one of open, won or lost.'],
    [
      { name: 'Acme', guardUntil: '2026-02-30' },
      'The “guard until” date “2026-02-30” is not a date in the form YYYY-MM-DD, such as 2026-12-31.',
    ],
    [
      { name: 'Acme', domains: ['not a domain'] },
      '“not a domain” is not a domain or web address such as acme.com; correct it or remove it.',
    ],
    [{ name: 'Acme', aliases: ['A;B'] }, 'The alias “A;B” contains a semicolon (;); semicolons separate list items, so remove it.'],
    [{ name: 'Acme', contacts: 'jane@acme.com' }, 'The contacts must be a list of text.'],
  ])('refuses %j with a sentence saying what to fix', async (input, message) => {
    const attempt = addEntry(db, input, context);
    await expect(attempt).rejects.toBeInstanceOf(EntryError);
    await expect(attempt).rejects.toThrow(message);
    expect(await listEntries(db)).toEqual([]);
  });
});

describe('updating an entry', () => {
  it('applies the changes, keeps id, source and creation time, and stamps the update', async () => {
    const added = await addEntry(db, { name: 'Acme', guardUntil: '2026-12-31', note: 'first call' }, context);
    context.advance(60_000);
    const updated = await updateEntry(db, added.id, { status: 'won', aliases: ['Acme Corp'], createdAt: 1, id: 'other' }, context);
    expect(updated).toEqual({ ...added, status: 'won', aliases: ['Acme Corp'], updatedAt: added.updatedAt + 60_000 });
    expect(await listEntries(db)).toEqual([updated]);
  });

  it.each([[''], [null]])('clears guardUntil and note when given %j', async (clear) => {
    const added = await addEntry(db, { name: 'Acme', guardUntil: '2026-12-31', note: 'n' }, context);
    const updated = await updateEntry(db, added.id, { guardUntil: clear, note: clear }, context);
    expect(updated).not.toHaveProperty('guardUntil');
    expect(updated).not.toHaveProperty('note');
  });

  it('refuses a new name that another entry already has', async () => {
    await addEntry(db, { name: 'Acme' }, context);
    const other = await addEntry(db, { name: 'Globex' }, context);
    await expect(updateEntry(db, other.id, { name: 'ACME' }, context)).rejects.toThrow(
      '“Acme” is already on the watchlist; choose another name or edit that entry.',
    );
    expect((await listEntries(db)).map((entry) => entry.name).sort()).toEqual(['Acme', 'Globex']);
  });

  it('lets an entry be renamed to another spelling of its own name', async () => {
    const added = await addEntry(db, { name: 'acme' }, context);
    expect((await updateEntry(db, added.id, { name: 'ACME' }, context)).name).toBe('ACME');
  });

  it('says so when the entry no longer exists', async () => {
    await expect(updateEntry(db, 'gone', { status: 'won' }, context)).rejects.toThrow(
      'That prospect is no longer on the watchlist; it may have been deleted in another window.',
    );
  });
});

describe('deleting entries', () => {
  it('removes the given ids and ignores ids already gone', async () => {
    const acme = await addEntry(db, { name: 'Acme' }, context);
    const globex = await addEntry(db, { name: 'Globex' }, context);
    await deleteEntries(db, [acme.id, 'never-existed']);
    expect(await listEntries(db)).toEqual([globex]);
  });
});
