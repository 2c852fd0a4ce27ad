// The watchlist read a page at a time, in key order, so no single message between the
// background and a page comes near the browser's 64 MiB limit, however long the list and its notes.
import type { ProspectEntry } from '../model/watchlist';
import type { WatchlistDb } from './database';
import type { EntryKey, UnreadableEntry } from '../model/storage-faults';
import { readableEntries } from './stored-entry';

export interface EntryPageRequest {
  /** The last key of the previous page; absent for the first page. */
  after?: EntryKey;
  /** At most this many records. */
  limit: number;
  /** At most about this many characters of serialised entries (at least one record is taken). */
  maxChars: number;
}

export interface EntryPage {
  entries: ProspectEntry[];
  /** Records of this page that are not readable entries: skipped, reported. */
  unreadable: UnreadableEntry[];
  /** Where the next page starts, or null when this was the last. */
  next: EntryKey | null;
}

/**
 * Messages are serialised to UTF-8, at most 3 bytes per UTF-16 unit: 16 million characters stay
 * under the browser's 64 MiB per message even when every character needs 3 bytes.
 */
export const PAGE_MAX_CHARS = 16_000_000;
export const PAGE_MAX_ENTRIES = 10_000;

export async function readEntryPage(db: WatchlistDb, { after, limit, maxChars }: EntryPageRequest): Promise<EntryPage> {
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  // One record more than the page tells whether another page follows.
  const tx = db.transaction('entries', 'readonly');
  const [records] = await Promise.all([tx.store.getAll(range, limit + 1), tx.done]);
  const taken = takeWithinBudget(records.slice(0, limit), maxChars, (record) => JSON.stringify(record).length);
  const more = taken < records.length;
  const { entries, unreadable } = readableEntries(records.slice(0, taken));
  // The store's key path is `id`: the last record's id is its key.
  return { entries, unreadable, next: more ? (records[taken - 1]!.id as EntryKey) : null };
}

/** How many of `items`, from the first, fit in `budget` (never fewer than one, so paging moves on). */
export function takeWithinBudget<T>(items: readonly T[], budget: number, sizeOf: (item: T) => number): number {
  let used = 0;
  for (let index = 0; index < items.length; index++) {
    used += sizeOf(items[index]!);
    if (used > budget && index > 0) return index;
  }
  return items.length;
}
