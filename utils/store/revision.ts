// The watchlist revision: a counter that moves whenever what tabs are given to match changes,
// kept in the database so it keeps moving forward across service-worker restarts.
import { REVISION_KEY, type WatchlistDb } from './database';

type MetaStore = {
  get(key: string): Promise<number | undefined>;
  put(value: number, key: string): Promise<unknown>;
};

/** Bumps the revision inside a caller's transaction, so it commits (or not) with the change. */
export async function bumpRevisionIn(meta: MetaStore): Promise<number> {
  const next = ((await meta.get(REVISION_KEY)) ?? 0) + 1;
  await meta.put(next, REVISION_KEY);
  return next;
}

export async function bumpRevision(db: WatchlistDb): Promise<number> {
  const tx = db.transaction('meta', 'readwrite');
  const next = await bumpRevisionIn(tx.store);
  await tx.done;
  return next;
}
