// The whole watchlist for the settings page and export, read a page at a time: one message for
// 200,000 entries with long notes would pass the browser's 64 MiB per message and fail.
import type { EntryKey, EntryPageResponse, UnreadableEntry } from '../utils/model/messages';
import type { ProspectEntry } from '../utils/model/watchlist';

/** Entries asked for per page; the background sends fewer when their notes are long. */
export const ENTRIES_PER_REQUEST = 5_000;

export type FetchEntryPage = (request: { after?: EntryKey; limit: number }) => Promise<EntryPageResponse>;

export interface WholeWatchlist {
  entries: ProspectEntry[];
  /** Stored records that could not be read: skipped by the background, listed for the person. */
  unreadable: UnreadableEntry[];
}

/** Follows `next` from the first page to the last and joins what each page held. */
export async function readWholeWatchlist(fetchPage: FetchEntryPage, limit = ENTRIES_PER_REQUEST): Promise<WholeWatchlist> {
  const entries: ProspectEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  let after: EntryKey | undefined;
  for (;;) {
    const page = await fetchPage(after === undefined ? { limit } : { after, limit });
    // push(...) of a 10,000-item page is fine; a loop keeps it fine at any page size.
    for (const entry of page.entries) entries.push(entry);
    for (const record of page.unreadable) unreadable.push(record);
    if (page.next === null) return { entries, unreadable };
    after = page.next;
  }
}
