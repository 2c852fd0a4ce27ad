// What delivery needs from a team list file, whatever its format: open it (read, check the
// publisher's signature) and say what it holds. The file format and its signature live in
// utils/team-lists/; the background passes its functions in, so this folder stays format-free.
import type { HashedListInput, HashedWatchlist, MatchableEntry } from '../matcher/types';

export type { HashedListInput };

/** A team list file whose signature held. */
export interface OpenedTeamList {
  id: string;
  name: string;
  version: number;
  issuedAt?: string;
  expiresAt?: string;
  kind: 'plain' | 'hashed';
  /** How many prospects it carries. */
  entryCount: number;
  /** Plain lists: the entries, ids unique inside the list. */
  plainEntries?: MatchableEntry[];
  /** Hashed lists: the hashed entries, key and prefilter. */
  hashed?: HashedWatchlist;
}

export interface TeamListCodec {
  /**
   * Reads `text` and checks its signature against `publicKey` (base64). Rejects with an Error
   * whose message is a full sentence naming the problem when the file is not a team list, is
   * damaged, or was not signed by that key.
   */
  open(text: string, publicKey: string): Promise<OpenedTeamList>;
}
