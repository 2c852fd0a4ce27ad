// "Erase everything the extension stores": the watchlist, settings, activity log and the team
// lists the person added, at once. Lists set by the organisation's policy stay: the policy would
// bring them straight back, and keeping their last good copy keeps the person protected meanwhile.
import type { WatchlistDb } from './database';
import { bumpRevisionIn } from './revision';

export async function eraseEverything(db: WatchlistDb): Promise<void> {
  const tx = db.transaction(['entries', 'settings', 'activity', 'meta', 'listSources'], 'readwrite');
  const sources = tx.objectStore('listSources');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('settings').clear(), tx.objectStore('activity').clear()]);
  for (const source of await sources.getAll()) {
    if (source.origin !== 'policy') await sources.delete(source.id);
    else if (source.dismissed) await sources.put({ ...source, dismissed: false });
  }
  // The revision keeps counting up so open tabs see the (now empty) list as newer than theirs.
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
}
