// A watchlist or CRM export → the payload of a team list: rows naming the same prospect merged
// as an import merges them, open deals only (won and lost left out), then plain or hashed.
import { hashWatchlist } from '../matcher/hashed-terms';
import type { MatchableEntry } from '../matcher/types';
import { planImport } from '../watchlist-files/import-planner';
import type { ImportedEntry } from '../watchlist-files/import-error';
import { listHashingKey } from './signing-keys';
import { LIST_ID, type TeamListPayload } from './team-list-format';
import { TeamListError } from './team-list-error';

export interface PackRequest {
  id: string;
  name: string;
  kind: 'plain' | 'hashed';
  version: number;
  issued: Date;
  /** YYYY-MM-DD: the last day the list protects. */
  expires: string;
}

/** Open prospects of an imported file, merged by name (one open deal keeps a company open). */
export function openProspects(imported: readonly ImportedEntry[], now: Date): MatchableEntry[] {
  let next = 0;
  const { added } = planImport([], imported, { now: now.getTime(), newId: () => `p${next++}` });
  return added.filter((entry) => entry.status === 'open');
}

export function packPayload(request: PackRequest, prospects: readonly MatchableEntry[], secretKey: Uint8Array): TeamListPayload {
  if (!LIST_ID.test(request.id)) {
    throw new TeamListError(
      'malformed',
      `The list id “${request.id}” must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.`,
    );
  }
  const header = {
    id: request.id,
    name: request.name.trim(),
    version: request.version,
    issued: request.issued.toISOString(),
    expires: request.expires,
  };
  if (request.kind === 'plain') {
    return {
      ...header,
      kind: 'plain',
      entries: prospects.map((entry) => ({
        name: entry.name,
        ...(entry.aliases?.length ? { aliases: entry.aliases } : {}),
        ...(entry.contacts?.length ? { contacts: entry.contacts } : {}),
        ...(entry.domains?.length ? { domains: entry.domains } : {}),
        ...(entry.matchCase ? { matchCase: true } : {}),
      })),
    };
  }
  // guardUntil has no place in a team list (the list's expiry covers it): hash every open entry.
  const hashed = hashWatchlist(
    prospects.map(({ guardUntil: _, ...entry }) => entry),
    listHashingKey(secretKey, request.id),
    { now: request.issued },
  );
  const { entries, ...hashing } = hashed;
  return { ...header, kind: 'hashed', hashing, entries };
}
