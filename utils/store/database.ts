// The extension's one IndexedDB database: its schema and the ladder of versioned upgrades.
// Released versions never change: a new need is a new version with its own step below, and a
// fixture of every released version lives in tests/unit/fixtures/db/.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ProspectEntry, ProspectStatus } from '../model/watchlist';
import type { Settings } from '../model/settings';
import type { ActivityRecord } from '../model/messages';
import type { ListSourceRecord } from '../model/list-sources';

export const DATABASE_NAME = 'prospect-guard';
export const DATABASE_VERSION = 2;

export interface WatchlistDbSchema extends DBSchema {
  /** Prospect entries, keyed by id. */
  entries: {
    key: string;
    value: ProspectEntry;
    indexes: { status: ProspectStatus; 'source-kind': string; 'source-list': string };
  };
  /** One record under SETTINGS_KEY. */
  settings: { key: string; value: Settings };
  /** Cautions shown and what the person chose; auto-incremented keys keep insertion order. */
  activity: { key: number; value: ActivityRecord; indexes: { at: number } };
  /** Small counters, e.g. the watchlist revision under REVISION_KEY. */
  meta: { key: string; value: number };
  /** Team lists (file, subscription URL, policy), keyed by list id, each with its last good copy. */
  listSources: { key: string; value: ListSourceRecord };
}

export type WatchlistDb = IDBPDatabase<WatchlistDbSchema>;
type UpgradeTransaction = IDBPTransaction<WatchlistDbSchema, StoreNames<WatchlistDbSchema>[], 'versionchange'>;

export const SETTINGS_KEY = 'settings';
export const REVISION_KEY = 'revision';

/** Each step takes the database from the previous version to its own. Append only. */
const UPGRADE_STEPS: ReadonlyArray<(db: WatchlistDb, tx: UpgradeTransaction) => void> = [
  // Version 1.
  (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('status', 'status');
    entries.createIndex('source-kind', 'source.kind');
    // Own entries have no listId, so only team entries appear in this index.
    entries.createIndex('source-list', 'source.listId');
    db.createObjectStore('settings');
    const activity = db.createObjectStore('activity', { autoIncrement: true });
    activity.createIndex('at', 'at');
    db.createObjectStore('meta');
  },
  // Version 2: team list sources. A new store only: every version 1 record stays as it was.
  (db) => {
    db.createObjectStore('listSources', { keyPath: 'id' });
  },
];

export interface OpenOptions {
  /** The IndexedDB factory: the browser's `indexedDB`, or a fake one in tests. */
  factory: IDBFactory;
  name?: string;
}

/**
 * Opens (creating or upgrading) the database. Same as idb's `openDB`, but with the factory passed
 * in rather than read from the global, so tests get isolated databases.
 */
export function openWatchlistDatabase({ factory, name = DATABASE_NAME }: OpenOptions): Promise<WatchlistDb> {
  const request = factory.open(name, DATABASE_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as WatchlistDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    for (let version = event.oldVersion + 1; version <= DATABASE_VERSION; version++) {
      UPGRADE_STEPS[version - 1]!(db, tx);
    }
  });
  return wrap(request) as unknown as Promise<WatchlistDb>;
}
