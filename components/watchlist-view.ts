// In-memory views over the watchlist for the popup and the settings table: search, sort, page.
// Pure functions over plain arrays so 50,000 entries stay fast and the logic is unit-tested.
import type { ProspectEntry, ProspectStatus } from '../utils/model/watchlist';
import { foldForSearch } from './fold';

/** Folded text of everything a person may search an entry by, computed once per list load. */
export type SearchIndex = Map<string, string>;

export function buildSearchIndex(entries: readonly ProspectEntry[]): SearchIndex {
  const index: SearchIndex = new Map();
  for (const entry of entries) index.set(entry.id, searchTextOf(entry));
  return index;
}

export function searchTextOf(entry: ProspectEntry): string {
  const parts = [entry.name, ...(entry.aliases ?? []), ...(entry.contacts ?? []), ...(entry.domains ?? [])];
  return foldForSearch(parts.join('\n'));
}

/** Entries whose name, aliases, contacts or domains contain every word of the query. */
export function filterEntries(entries: readonly ProspectEntry[], index: SearchIndex, query: string): ProspectEntry[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.slice();
  return entries.filter((entry) => {
    const text = index.get(entry.id) ?? searchTextOf(entry);
    return words.every((word) => text.includes(word));
  });
}

export type SortKey = 'name' | 'status' | 'updated' | 'source';
export type SortDirection = 'ascending' | 'descending';

const STATUS_ORDER: Record<ProspectStatus, number> = { open: 0, won: 1, lost: 2 };

/** Folded names, computed once per list load: comparing them with < keeps a 50,000-row sort
 *  fast, where a locale collator per comparison takes about a second. */
export type NameKeys = Map<string, string>;

export function buildNameKeys(entries: readonly ProspectEntry[]): NameKeys {
  const keys: NameKeys = new Map();
  for (const entry of entries) keys.set(entry.id, foldForSearch(entry.name));
  return keys;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceLabel(entry: ProspectEntry): string {
  return entry.source.kind === 'own' ? '' : entry.source.listId;
}

export function sortEntries(
  entries: readonly ProspectEntry[],
  key: SortKey,
  direction: SortDirection,
  nameKeys: NameKeys = buildNameKeys(entries),
): ProspectEntry[] {
  const nameOf = (entry: ProspectEntry) => nameKeys.get(entry.id) ?? foldForSearch(entry.name);
  const byName = (a: ProspectEntry, b: ProspectEntry) => compareText(nameOf(a), nameOf(b)) || compareText(a.id, b.id);
  const compare: Record<SortKey, (a: ProspectEntry, b: ProspectEntry) => number> = {
    name: byName,
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
    updated: (a, b) => a.updatedAt - b.updatedAt || byName(a, b),
    source: (a, b) => compareText(sourceLabel(a), sourceLabel(b)) || byName(a, b),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return entries.slice().sort((a, b) => sign * compare[key](a, b));
}

export interface Page<T> {
  items: T[];
  /** Zero-based, clamped to the last page. */
  page: number;
  pageCount: number;
  /** One-based positions of the first and last item shown (0 and 0 when empty). */
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(0, page), pageCount - 1);
  const start = current * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    items: slice,
    page: current,
    pageCount,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}

/** Open prospects, most recently touched first (a new lead shows at the top). */
export function openEntriesNewestFirst(entries: readonly ProspectEntry[]): ProspectEntry[] {
  return entries.filter((entry) => entry.status === 'open').sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Today as an ISO day (YYYY-MM-DD) in local time, to compare with `guardUntil`. */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The open entry already named `name` (ignoring case and accents), if any: adding it twice helps nobody. */
export function findOpenNamed(entries: readonly ProspectEntry[], name: string): ProspectEntry | undefined {
  const folded = foldForSearch(name);
  return entries.find((entry) => entry.status === 'open' && foldForSearch(entry.name) === folded);
}

/**
 * A listed prospect whose name, an alias or a domain contains `name` (ignoring case and accents),
 * open ones first: Enter on "stark", typed to find Stark Industries, must ask before adding "stark".
 */
export function findListedContaining(entries: readonly ProspectEntry[], name: string): ProspectEntry | undefined {
  const folded = foldForSearch(name);
  if (!folded) return undefined;
  const contains = (entry: ProspectEntry) =>
    [entry.name, ...(entry.aliases ?? []), ...(entry.domains ?? [])].some((text) => foldForSearch(text).includes(folded));
  return entries.find((entry) => entry.status === 'open' && contains(entry)) ?? entries.find(contains);
}

/** Won and lost entries, most recently closed first: what a search also shows, to reopen. */
export function closedEntriesNewestFirst(entries: readonly ProspectEntry[]): ProspectEntry[] {
  return entries.filter((entry) => entry.status !== 'open').sort((a, b) => b.updatedAt - a.updatedAt);
}
