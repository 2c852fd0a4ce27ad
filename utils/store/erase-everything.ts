// "Erase everything the extension stores": the watchlist, settings and activity log, at once.
import type { WatchlistDb } from './database';
import { bumpRevisionIn } from './revision';

export async function eraseEverything(db: WatchlistDb): Promise<void> {
  const tx = db.transaction(['entries', 'settings', 'activity', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('settings').clear(), tx.objectStore('activity').clear()]);
  // The revision keeps counting up so open tabs see the (now empty) list as newer than theirs.
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
}
