// The rule for taking a new copy of a team list: the publisher's signature holds, it is the list
// this source is for, and its version is higher than the copy in use. Anything else is refused
// with a sentence, and the copy in use keeps protecting.
import type { AcceptedCopy } from '../model/list-sources';
import type { OpenedTeamList, TeamListCodec } from './team-list-codec';

export type CopyJudgement =
  | { accepted: true; copy: AcceptedCopy; opened: OpenedTeamList }
  | { accepted: false; message: string; version?: number };

/**
 * `expectedId` is the list id the source is for (undefined for a first subscription, which takes
 * the id of its first good copy); `current` the copy in use, if any.
 */
export async function judgeCopy(
  codec: TeamListCodec,
  text: string,
  publicKey: string,
  where: string,
  expected: { id?: string; name?: string; current?: AcceptedCopy },
  now: number,
): Promise<CopyJudgement> {
  const label = expected.name ? `The copy of “${expected.name}” from ${where}` : `The team list from ${where}`;
  let opened: OpenedTeamList;
  try {
    opened = await codec.open(text, publicKey);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { accepted: false, message: `${label} was refused: ${reason}` };
  }
  if (expected.id !== undefined && opened.id !== expected.id) {
    return {
      accepted: false,
      version: opened.version,
      message: `${label} was refused: it is the list “${opened.id}”, not “${expected.id}”.`,
    };
  }
  if (expected.current && opened.version <= expected.current.version) {
    return {
      accepted: false,
      version: opened.version,
      message: `${label} was refused: its version ${opened.version} is not newer than version ${expected.current.version} already in use.`,
    };
  }
  const copy: AcceptedCopy = {
    text,
    version: opened.version,
    kind: opened.kind,
    entryCount: opened.entryCount,
    listName: opened.name,
    acceptedAt: now,
  };
  if (opened.issuedAt) copy.issuedAt = opened.issuedAt;
  if (opened.expiresAt) copy.expiresAt = opened.expiresAt;
  return { accepted: true, copy, opened };
}
