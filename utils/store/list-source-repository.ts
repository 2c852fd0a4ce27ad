// Team list sources in the database: one record per list id, with its last good copy.
// Writes bump the revision, since what tabs protect with may have changed.
import type { ListSourceRecord } from '../model/list-sources';
import type { WatchlistDb } from './database';
import { bumpRevisionIn } from './revision';

export function listSources(db: WatchlistDb): Promise<ListSourceRecord[]> {
  return db.getAll('listSources');
}

export function readSource(db: WatchlistDb, id: string): Promise<ListSourceRecord | undefined> {
  return db.get('listSources', id);
}

/** Saves a source; `protectionChanged` also moves the revision so tabs take the new copy. */
export async function saveSource(db: WatchlistDb, record: ListSourceRecord, protectionChanged: boolean): Promise<void> {
  const tx = db.transaction(['listSources', 'meta'], 'readwrite');
  await tx.objectStore('listSources').put(record);
  if (protectionChanged) await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
}

export async function deleteSource(db: WatchlistDb, id: string): Promise<void> {
  const tx = db.transaction(['listSources', 'meta'], 'readwrite');
  await tx.objectStore('listSources').delete(id);
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
}
