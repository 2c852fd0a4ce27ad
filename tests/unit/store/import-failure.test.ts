// An import the browser cannot write (disk full, a transaction aborted half-way) leaves the list
// exactly as it was, and the background says so in a sentence.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry, applyImport, listEntries } from '../../../utils/store/entry-repository';
import { readImportFile } from '../../../utils/watchlist-files/import-file';
import type { WatchlistDb } from '../../../utils/store/database';
import { createBackgroundService } from '../../../utils/background/service';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import { openTestDatabase, readRevision, testWriteContext } from './fixtures/test-database';

const FILE = JSON.stringify({
  format: 'prospect-guard.watchlist',
  version: 1,
  entries: [{ name: 'Initech' }, { name: 'Umbrella Corp' }, { name: 'Acme Robotics', note: 'Updated by the import' }],
});

/** The second write of the next transaction fails as a full disk makes it fail. */
function failSecondWrite() {
  let writes = 0;
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('an import that cannot be written', () => {
  let db: WatchlistDb;
  beforeEach(async () => {
    db = await openTestDatabase();
    const context = testWriteContext();
    await addEntry(db, { name: 'Acme Robotics', note: 'Before the import' }, context);
    await addEntry(db, { name: 'Globex' }, context);
  });

  it('leaves the previous list and its revision intact', async () => {
    const before = { entries: await listEntries(db), revision: await readRevision(db) };
    failSecondWrite();
    const imported = readImportFile('crm.json', FILE).entries;
    await expect(applyImport(db, imported, testWriteContext())).rejects.toThrow('The quota has been exceeded.');
    vi.restoreAllMocks();
    expect({ entries: await listEntries(db), revision: await readRevision(db) }).toEqual(before);
  });
});

describe('the background, when an import cannot be written', () => {
  it('tells the person the browser has no room left, keeps the list, and tells no tab of a change', async () => {
    let changes = 0;
    const service = createBackgroundService({
      database: { factory: new IDBFactory() },
      compile: (entries) => entries.map((entry) => entry.name),
      tabs: createTabRegistry(createMemorySessionArea()),
      onProtectionChanged: () => changes++,
    });
    const ask = (message: unknown) => service.handle(message, { origin: 'extension-page' });
    await ask({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
    const changesBefore = changes;

    failSecondWrite();
    await expect(ask({ type: 'entries:import', fileName: 'crm.json', text: FILE })).rejects.toThrow(
      'Prospect Guard could not complete the “entries:import” request: the browser has no room left to save Prospect Guard’s data (The quota has been exceeded.).',
    );
    vi.restoreAllMocks();
    const names = ((await ask({ type: 'entries:list' })) as { name: string }[]).map((entry) => entry.name);
    expect(names).toEqual(['Acme Robotics']);
    expect(changes).toBe(changesBefore);
  });
});
