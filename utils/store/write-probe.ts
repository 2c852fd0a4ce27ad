// The smallest real write: after a failed write, tells whether the storage takes writes again
// (disk space freed, storage writable again) without waiting for the person's next change.
import type { WatchlistDb } from './database';

/** Where the probe writes in `meta`: the time of the last probe, nothing else reads it. */
export const WRITE_PROBE_KEY = 'write-probe';

/** Writes one number and waits for the commit; rejects with the browser's error when it cannot. */
export async function probeWrite(db: WatchlistDb, at: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  // Kept, not deleted: a put and delete of one key in one transaction may never reach the disk.
  await Promise.all([tx.store.put(at, WRITE_PROBE_KEY), tx.done]);
}
