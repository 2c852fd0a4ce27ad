// The watchlist model shared by every part of the extension. Browser-free. What the matcher needs
// of an entry is the matcher's own contract (utils/matcher/types.ts); a stored entry adds the rest.
import type { MatchableEntry } from '../matcher/types';

export type { MatchableEntry, ProspectStatus } from '../matcher/types';

/** Where an entry came from: the seller's own list, or a team list (file, URL or policy) by id. */
export type EntrySource = { kind: 'own' } | { kind: 'team'; listId: string };

/** A stored watchlist entry. */
export interface ProspectEntry extends MatchableEntry {
  source: EntrySource;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Free text the seller keeps about the deal; never shown in a page. */
  note?: string;
}
