// The matcher's own types: its contract for an entry, what a scan returns and the compiled form
// tabs receive. Every matcher module imports these from here; the matcher imports nothing else.

export type ProspectStatus = 'open' | 'won' | 'lost';

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

/** A prospect found in a text: UTF-16 offsets into the original text, and the term that matched. */
export interface Match {
  start: number;
  end: number;
  entryId: string;
  /**
   * The entry's name, alias, contact or domain that matched, as the seller wrote it. For an entry
   * of a hashed team list, which holds no readable name: the words as typed in the text.
   */
  term: string;
  /** Set only for an entry of a hashed team list: that list's display name ("Sales EMEA"). */
  teamList?: string;
}

export interface Matcher {
  scan(text: string): Match[];
}

/** How a term matches: as a name (tokens), a case-sensitive name, an email address, a domain. */
export const TermKind = { name: 0, caseSensitiveName: 1, email: 2, domain: 3 } as const;
export type TermKind = (typeof TermKind)[keyof typeof TermKind];

export const COMPILED_MATCHER_FORMAT = 'prospect-guard-matcher';
export const COMPILED_MATCHER_VERSION = 2;

/**
 * The hashing scheme a hashed list names: this fold (normalize.ts), these kind tags, BLAKE3-keyed
 * with 8-byte output, and this prefilter (keyed-hash.ts). Any change to one of them needs a new number.
 */
export const HASH_SCHEME = 1;

/**
 * The compiled watchlist. Plain strings and numbers only: runtime messages are JSON.
 * Terms are grouped by entry: entry `i` owns the next `termCounts[i]` terms.
 */
export interface CompiledMatcher {
  format: typeof COMPILED_MATCHER_FORMAT;
  version: typeof COMPILED_MATCHER_VERSION;
  ids: string[];
  /**
   * Each entry's name as in the list (what the caution shows), beside `ids`. The terms already
   * hold it: shipping it again tells the tab nothing new, and it never leaves our isolated world.
   */
  names: string[];
  termCounts: number[];
  /** Each term as the seller wrote it (what a Match reports). */
  terms: string[];
  /** Each term's folded key; '' when it equals the term itself (saves space for lower-case terms). */
  keys: string[];
  /** One TermKind digit per term. */
  kinds: string;
  /** Hashed team lists, matched after (and beside) the entries above. Absent when there are none. */
  hashed?: CompiledHashedList[];
  /**
   * A stamp per part (part-stamps.ts), set by the background: a tab reuses a part it has built
   * when its stamp is unchanged. Absent: every part is built.
   */
  stamps?: { personal: string; hashed: string[] };
}

/**
 * A team list whose names are only keyed hashes, as a team list file carries it (made by
 * `hashWatchlist` in hashed-terms.ts; the file format is in docs/team-lists.md).
 */
export interface HashedWatchlist {
  /** The hashing scheme (HASH_SCHEME in keyed-hash.ts): fold, tags, hash and prefilter together. */
  scheme: typeof HASH_SCHEME;
  /** The list's random hashing key: 32 bytes, base64. */
  key: string;
  /** The keyed prefilter: a Bloom filter of first tokens and token runs of names, base64. */
  filter: string;
  /** The token counts of its names (a scan tries runs of these lengths only). */
  nameLengths: number[];
  /**
   * Each entry's terms: a kind letter (n name, c case-sensitive name, e email, d domain) and the
   * base64url of the term's keyed hash (HASHED_TERM_BYTES bytes).
   */
  entries: string[][];
}

/** A hashed team list handed to the matcher: its hashed entries and who publishes it. */
export interface HashedListInput extends HashedWatchlist {
  listId: string;
  /** Shown in the caution: "on the team list Sales EMEA". */
  listName: string;
}

/** A hashed team list in the compiled form: plain strings and numbers only, like the rest. */
export interface CompiledHashedList {
  listId: string;
  listName: string;
  key: string;
  filter: string;
  nameLengths: number[];
  /**
   * Per kind letter present (n, c, e, d): the fingerprints of that kind's terms as a coded set
   * (coded-set.ts), base64. No entry structure: a hit names the term, not the entry.
   */
  sets: Partial<Record<'n' | 'c' | 'e' | 'd', string>>;
}

export interface MatcherOptions {
  /** The current time, for guardUntil (tests pass a fixed date). */
  now?: Date;
  /** Hashed team lists to compile beside the entries (a hit reports the list's name). */
  hashedLists?: readonly HashedListInput[];
}
