// The background's connection survives what real browsers do to a database while it runs, and
// says why when it cannot open one.
import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { createDatabaseConnection, StorageFaultError, type DatabaseConnection } from '../../../utils/store/database-connection';
import { DATABASE_NAME, DATABASE_VERSION, type WatchlistDb } from '../../../utils/store/database';
import { addEntry, listEntries } from '../../../utils/store/entry-repository';
import { testWriteContext } from './fixtures/test-database';

let factory: IDBFactory;
let connection: DatabaseConnection;
let events: string[];

beforeEach(() => {
  factory = new IDBFactory();
  events = [];
  connection = createDatabaseConnection({ factory, onLost: () => events.push('lost'), onReopened: () => events.push('reopened') });
});

const names = () => connection.use(async (db) => (await listEntries(db)).map((entry) => entry.name));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function request<T>(open: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

describe('a database connection', () => {
  it('opens once and reuses the connection', async () => {
    const seen = new Set<WatchlistDb>();
    for (let i = 0; i < 3; i++) await connection.use(async (db) => seen.add(db));
    expect(seen.size).toBe(1);
    expect(events).toEqual([]);
  });

  it('opens again after the browser force-closes it (site data cleared), and says so', async () => {
    const context = testWriteContext();
    const first = await connection.use(async (db) => {
      await addEntry(db, { name: 'Acme Robotics' }, context);
      return db;
    });
    // The idb wrapper forwards to the IDBDatabase it wraps, which is what the browser closes.
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await settle();
    expect(events).toEqual(['lost']);

    await connection.use((db) => addEntry(db, { name: 'Globex' }, context));
    await settle();
    expect(await names()).toEqual(['Acme Robotics', 'Globex']);
    expect(events).toEqual(['lost', 'reopened']);
  });

  it('runs the work again on a new connection when the old one turns out to be closing', async () => {
    const first = await connection.use(async (db) => db);
    // Closed without the close event having reached us yet: transaction() throws InvalidStateError.
    first.close();
    expect(await names()).toEqual([]);
    expect(await connection.use(async (db) => db !== first)).toBe(true);
  });

  it('steps aside when another context deletes the database, then opens a new, empty one', async () => {
    await connection.use((db) => addEntry(db, { name: 'Acme Robotics' }, testWriteContext()));
    // Without stepping aside the delete would be blocked for as long as the background runs.
    await request(factory.deleteDatabase(DATABASE_NAME));
    expect(await names()).toEqual([]);
    await settle();
    expect(events).toEqual(['lost', 'reopened']);
  });

  it('refuses a database saved by a newer version, and leaves it as it is', async () => {
    await connection.use((db) => addEntry(db, { name: 'Acme Robotics' }, testWriteContext()));
    const newer = factory.open(DATABASE_NAME, DATABASE_VERSION + 1);
    newer.onupgradeneeded = () => newer.result.createObjectStore('from-the-future');
    (await request(newer)).close();

    const failure = await connection.use(listEntries).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFaultError);
    expect((failure as StorageFaultError).fault).toMatchObject({ kind: 'newer-version', knownVersion: DATABASE_VERSION });
    expect((failure as StorageFaultError).message).toMatch(
      /^The watchlist was saved by a newer version of Prospect Guard \(VersionError: /,
    );

    const stored = await request(factory.open(DATABASE_NAME));
    const records = await request(stored.transaction('entries').objectStore('entries').getAll());
    expect({ version: stored.version, names: records.map((record: { name: string }) => record.name) }).toEqual({
      version: DATABASE_VERSION + 1,
      names: ['Acme Robotics'],
    });
    stored.close();
  });

  it('reports storage the browser cannot open, and opens it once it can', async () => {
    let broken = true;
    const flaky = new Proxy(factory, {
      get(target, key) {
        if (key === 'open' && broken) {
          return () => {
            throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    connection = createDatabaseConnection({ factory: flaky, onReopened: () => events.push('reopened') });

    await expect(names()).rejects.toMatchObject({
      fault: { kind: 'unavailable', detail: 'UnknownError: Internal error opening backing store for indexedDB.open.' },
    });
    broken = false;
    expect(await names()).toEqual([]);
    await settle();
    expect(events).toEqual(['reopened']);
  });
});
