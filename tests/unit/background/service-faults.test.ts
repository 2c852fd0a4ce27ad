// The background when storage fails: a bad record is skipped and reported, a newer version or
// storage that cannot be opened is said to tabs and the popup instead of "Protected".
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '../../../utils/background/service';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import type { MatchableEntry } from '../../../utils/model/watchlist';
import type { PageProtection, StorageStatus, TabStatus } from '../../../utils/model/messages';
import { DATABASE_NAME, DATABASE_VERSION } from '../../../utils/store/database';

let factory: IDBFactory;
let service: BackgroundService;
const ask = <T>(message: unknown) => service.handle(message, { origin: 'extension-page' }) as Promise<T>;
const compiledNames = (protection: PageProtection) => (protection.compiled as MatchableEntry[]).map((entry) => entry.name);

function request<T>(open: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

beforeEach(async () => {
  factory = new IDBFactory();
  service = createBackgroundService({
    database: { factory },
    // The real matcher throws on an entry without a name, as one bad record once did to every tab.
    compile: (entries) =>
      entries.map((entry) => {
        if (typeof entry.name !== 'string') throw new TypeError('entry.name.trim is not a function');
        return entry;
      }),
    tabs: createTabRegistry(createMemorySessionArea()),
  });
  await ask({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
});

async function writeRawEntry(record: object) {
  const db = await request(factory.open(DATABASE_NAME));
  await request(db.transaction('entries', 'readwrite').objectStore('entries').put(record));
  db.close();
}

describe('a malformed stored entry', () => {
  beforeEach(async () => {
    await writeRawEntry({ id: 'legacy-1', name: 42, status: 'open', source: { kind: 'own' }, createdAt: 1, updatedAt: 1 });
    // Any change makes the background read the list again.
    await ask({ type: 'entries:add', entry: { name: 'Globex' } });
  });

  it('is left out of what tabs match, and the others are in it', async () => {
    const protection = await service.protectionFor('https://mail.example.com/');
    expect(protection.active).toBe(true);
    expect(compiledNames(protection).sort()).toEqual(['Acme Robotics', 'Globex']);
  });

  it('is reported by storage:status and by each page of the list', async () => {
    const unreadable = [{ key: 'legacy-1', field: 'name', problem: 'invalid' }];
    expect(await ask<StorageStatus>({ type: 'storage:status' })).toEqual({ unreadable });
    expect(await ask({ type: 'entries:page', limit: 10 })).toMatchObject({ unreadable, next: null });
  });

  it('does not stop a new entry from being added or an import from being applied', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Initech' } });
    const file = JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: [{ name: 'Umbrella' }] });
    expect(await ask({ type: 'entries:import', fileName: 'a.json', text: file })).toMatchObject({ ok: true, added: 1 });
  });
});

describe('a database saved by a newer version', () => {
  beforeEach(async () => {
    const newer = factory.open(DATABASE_NAME, DATABASE_VERSION + 1);
    newer.onupgradeneeded = () => newer.result.createObjectStore('from-the-future');
    (await request(newer)).close();
  });

  it('gives tabs no protection and the reason', async () => {
    const protection = await service.protectionFor('https://mail.example.com/');
    expect(protection).toMatchObject({ active: false, fault: { kind: 'newer-version', knownVersion: DATABASE_VERSION } });
    expect(compiledNames(protection)).toEqual([]);
  });

  it('makes tab:status say why the page is not protected', async () => {
    const status = await ask<TabStatus>({ type: 'tab:status', tabId: 4, url: 'https://mail.example.com/' });
    expect(status).toMatchObject({ protected: false, reason: 'storage-newer-version', fault: { kind: 'newer-version' } });
  });

  it('refuses requests with a sentence naming the newer version', async () => {
    await expect(ask({ type: 'entries:page', limit: 10 })).rejects.toThrow(
      /could not complete the “entries:page” request: The watchlist was saved by a newer version of Prospect Guard \(VersionError/,
    );
  });
});
