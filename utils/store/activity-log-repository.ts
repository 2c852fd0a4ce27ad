// The activity log: which cautions were shown where and what the person chose. Never the
// message text. Only the most recent records are kept.
import type { ActivityRecord } from '../model/messages';
import type { WatchlistDb } from './database';

export const ACTIVITY_LOG_CAP = 5_000;

export async function appendActivity(db: WatchlistDb, record: ActivityRecord, cap = ACTIVITY_LOG_CAP): Promise<void> {
  const tx = db.transaction('activity', 'readwrite');
  const key = await tx.store.add(record);
  // Keys only grow, so everything at or below key - cap is older than the newest `cap` records.
  if (key > cap) await tx.store.delete(IDBKeyRange.upperBound(key - cap));
  await tx.done;
}

/** Records at or after `since` (epoch ms), oldest first. */
export function listActivity(db: WatchlistDb, since?: number): Promise<ActivityRecord[]> {
  return since === undefined ? db.getAll('activity') : db.getAllFromIndex('activity', 'at', IDBKeyRange.lowerBound(since));
}

export function clearActivity(db: WatchlistDb): Promise<void> {
  return db.clear('activity');
}
