// Publishing a team list from the settings page: the same builder functions as the CLI
// (utils/team-lists), so a list made here and one made by `npx prospect-guard team pack` are the
// same format, verified by the same code. Signing happens here, in the page; nothing is sent.
import type { MatchableEntry } from '../../utils/matcher/types';
import { openProspects, packPayload } from '../../utils/team-lists/pack-team-list';
import { readSigningKey } from '../../utils/team-lists/signing-keys';
import { writeTeamList } from '../../utils/team-lists/write-team-list';
import { ImportError } from '../../utils/watchlist-files/import-error';
import { readImportFile } from '../../utils/watchlist-files/import-file';

/** As the CLI: a list protects for 90 days unless the publisher says otherwise. */
export const DEFAULT_VALIDITY_DAYS = 90;

export interface PublishRequest {
  id: string;
  name: string;
  kind: 'plain' | 'hashed';
  version: number;
  expires: string;
}

export interface PublishedList {
  fileName: string;
  text: string;
  /** Open prospects in the list; won and lost ones are left out. */
  prospectCount: number;
}

export const defaultExpiry = (now: Date): string => new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * 86_400_000).toISOString().slice(0, 10);

/** Open prospects of a CRM export or watchlist file, as `pack` reads them; a bad row throws with its line. */
export function prospectsOfFile(fileName: string, text: string, now: Date): MatchableEntry[] {
  try {
    return openProspects(readImportFile(fileName, text).entries, now);
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`${fileName}, line ${error.line}: ${error.problem}`);
    throw error;
  }
}

/** Signs the list with the manager's key file (signing-key.json as keygen or this page wrote it). */
export function publishTeamList(
  request: PublishRequest,
  prospects: readonly MatchableEntry[],
  signingKeyText: string,
  now: Date,
): PublishedList {
  const signingKey = readSigningKey(signingKeyText);
  const open = prospects.filter((prospect) => prospect.status === 'open');
  const payload = packPayload({ ...request, issued: now }, open, signingKey.secretKey);
  return {
    fileName: `${request.id}-v${request.version}.json`,
    text: writeTeamList(payload, signingKey),
    prospectCount: payload.entries.length,
  };
}
