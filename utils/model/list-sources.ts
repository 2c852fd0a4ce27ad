// Team lists as the extension keeps them: where each comes from (file, subscription URL or
// enterprise policy), the last good copy that protects, and how its refreshes went. Browser-free.

/** How a team list reached this browser. */
export type ListOrigin = 'file' | 'url' | 'policy';

/** What the person sees for a list: fresh, past its refresh, or why the newest copy is not in use. */
export type ListState = 'up-to-date' | 'stale' | 'refused' | 'unreachable' | 'blocked-by-cors' | 'waiting' | 'set-aside';

/** The verified copy of a list that protects: the signed file exactly as received, and what it says. */
export interface AcceptedCopy {
  /** The team list file as received; verified against `publicKey` before it was kept. */
  text: string;
  version: number;
  kind: 'plain' | 'hashed';
  entryCount: number;
  /** The list's own display name, from the file. */
  listName: string;
  issuedAt?: string;
  expiresAt?: string;
  /** When this browser accepted it (epoch ms). */
  acceptedAt: number;
}

/** Why a fetched or imported copy was not taken; the last good copy keeps protecting. */
export interface Refusal {
  at: number;
  /** A full sentence naming the problem. */
  message: string;
  /** The version the refused copy claimed, when it could be read. */
  version?: number;
}

/** A subscription's conversation with its server. */
export interface FetchState {
  etag?: string;
  lastModified?: string;
  /** Consecutive failed fetches (unreachable or an HTTP error); 0 after any answer. */
  failures: number;
  lastAttemptAt?: number;
  /** Last time the server answered with the list or "not modified" (epoch ms). */
  lastCheckedAt?: number;
  /** When the next fetch is due (epoch ms). */
  nextAttemptAt?: number;
  /** The last failure, as a sentence; cleared by the next answer. */
  problem?: string;
  /** The last failure looked like a missing Access-Control-Allow-Origin (policy lists fetch without host permission). */
  blockedByCors?: boolean;
}

/** One team list source, keyed by the list id. */
export interface ListSourceRecord {
  id: string;
  /** The display name given by the policy or taken from the first copy. */
  name: string;
  origin: ListOrigin;
  /** The publisher's Ed25519 public key, base64 (raw 32 bytes). */
  publicKey: string;
  /** For 'url' and 'policy'. */
  url?: string;
  /** For 'url' and 'policy': at least MIN_REFRESH_MINUTES. */
  refreshMinutes?: number;
  addedAt: number;
  copy?: AcceptedCopy;
  lastRefusal?: Refusal;
  fetch?: FetchState;
  /** A policy list the person removed (allowed only when the policy does not lock settings). */
  dismissed?: boolean;
}

/** What the popup and settings show per list: never an entry, only counts and states. */
export interface ListSourceStatus {
  id: string;
  name: string;
  origin: ListOrigin;
  url?: string;
  state: ListState;
  entryCount: number;
  kind?: 'plain' | 'hashed';
  version?: number;
  /** When the protecting copy was accepted, or the server last confirmed it (epoch ms). */
  lastUpdatedAt?: number;
  /** The sentence behind a refused, unreachable or blocked state. */
  problem?: string;
  /** The person may remove it (not a locked policy list). */
  removable: boolean;
  refreshable: boolean;
}

/** The enterprise policy (storage.managed), validated; absent keys keep the person's choices. */
export interface ManagedPolicy {
  teamLists: { id: string; name: string; url: string; publicKey: string; refreshMinutes?: number }[];
  salesTeam?: { addresses: string[]; domains: string[]; channels: string[] };
  quietSites?: string[];
  allowPersonalLists: boolean;
  lockSettings: boolean;
  /** Each policy value that could not be used, as a sentence (shown in settings). */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { teamLists: [], allowPersonalLists: true, lockSettings: false, problems: [] };

export const DEFAULT_REFRESH_MINUTES = 60;
export const MIN_REFRESH_MINUTES = 15;
