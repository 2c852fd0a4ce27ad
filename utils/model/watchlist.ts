// The watchlist model shared by every part of the extension. Browser-free.

export type ProspectStatus = 'open' | 'won' | 'lost';

/** Where an entry came from: the seller's own list, or a team list (file, URL or policy) by id. */
export type EntrySource = { kind: 'own' } | { kind: 'team'; listId: string };

/** What the matcher needs to know about a prospect (the matcher contract). */
export interface MatchableEntry {
  id: string;
  /** The prospect's name as the seller wrote it, e.g. "Acme Robotics". */
  name: string;
  /** Other names people use for it ("Acme", "ACME Corp"). */
  aliases?: string[];
  /** Person names or email addresses of people at the prospect. */
  contacts?: string[];
  /** Web/email domains of the prospect ("acme.com"): match the domain, subdomains, URLs, emails. */
  domains?: string[];
  status: ProspectStatus;
  /** For names that are also common words (Orange, Total): case counts. */
  matchCase?: boolean;
  /** ISO date (YYYY-MM-DD): guarding stops after the end of that day. */
  guardUntil?: string;
}

/** A stored watchlist entry. */
export interface ProspectEntry extends MatchableEntry {
  source: EntrySource;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Free text the seller keeps about the deal; never shown in a page. */
  note?: string;
}
