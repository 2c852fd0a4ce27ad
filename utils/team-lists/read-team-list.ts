// Reads and checks a team list file: format, format version, signature over the exact payload
// bytes, payload rules, then what the holder asks for (the right list, newer than the copy held,
// not expired). Any failure is a TeamListError: the caller keeps its last good copy.
import * as v from 'valibot';
import { issueSentence } from '../model/entry-rules';
import { parseJsonWithLines } from '../watchlist-files/json-with-lines';
import { ImportError } from '../watchlist-files/import-error';
import { EnvelopeSchema, PayloadSchema, TEAM_LIST_FORMAT, TEAM_LIST_FORMAT_VERSION, type TeamListPayload } from './team-list-format';
import { readPublicKey, signatureHolds } from './signing-keys';
import { TeamListError } from './team-list-error';

export interface ReadOptions {
  /** The publisher's public key (base64), as the person or the policy gave it. */
  publicKey: string;
  now: Date;
  /** The list id this source follows: another list is refused. */
  listId?: string;
  /** The version already held: a copy must be newer. */
  heldVersion?: number;
}

export interface VerifiedTeamList {
  payload: TeamListPayload;
  /** The public key the signature holds for. */
  publicKey: string;
}

export function readTeamList(text: string, options: ReadOptions): VerifiedTeamList {
  const envelope = readEnvelope(text);
  const publicKey = readPublicKey(options.publicKey);
  if (envelope.publicKey !== undefined && envelope.publicKey !== publicKey) {
    throw new TeamListError(
      'signature',
      `This team list was signed with the key ${shortKey(envelope.publicKey)}, not with the publisher’s key ${shortKey(publicKey)}; its entries were not used.`,
    );
  }
  if (!signatureHolds(envelope.signature, new TextEncoder().encode(envelope.payload), publicKey)) {
    throw new TeamListError(
      'signature',
      'The team list’s signature does not hold for the publisher’s key: the file was changed after it was signed, or signed with another key. Its entries were not used.',
    );
  }
  const payload = readPayload(envelope.payload);
  const title = `The team list “${payload.name}” (${payload.id})`;
  if (options.listId !== undefined && payload.id !== options.listId) {
    throw new TeamListError('wrong-list', `${title} is not the list “${options.listId}” this source follows; it was not used.`);
  }
  if (options.heldVersion !== undefined && payload.version <= options.heldVersion) {
    throw new TeamListError(
      'not-newer',
      `${title} has version ${payload.version}, not newer than version ${options.heldVersion} already held; it was not used.`,
    );
  }
  if (isExpired(payload.expires, options.now)) {
    throw new TeamListError('expired', `${title} expired at the end of ${payload.expires} (UTC); ask its publisher for a current copy.`);
  }
  return { payload, publicKey };
}

/** A list protects through the whole of its `expires` day, in UTC: the same instant everywhere. */
export function isExpired(expires: string, now: Date): boolean {
  return now.getTime() >= Date.parse(`${expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}

function readEnvelope(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    try {
      parseJsonWithLines(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      if (error instanceof ImportError) throw new TeamListError('malformed', `Line ${error.line}: ${error.problem}`, error.line);
    }
    throw new TeamListError('malformed', 'The file is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TeamListError(
      'malformed',
      `This file is not a Prospect Guard team list: it must be an object with "format": "${TEAM_LIST_FORMAT}".`,
    );
  }
  const parsed = v.safeParse(EnvelopeSchema, value);
  if (!parsed.success) throw new TeamListError('malformed', issueSentence(parsed.issues[0]!));
  const { formatVersion } = parsed.output;
  if (formatVersion !== TEAM_LIST_FORMAT_VERSION) {
    throw new TeamListError(
      'format-version',
      formatVersion > TEAM_LIST_FORMAT_VERSION
        ? `This team list has format version ${formatVersion}, newer than this Prospect Guard reads (${TEAM_LIST_FORMAT_VERSION}); update the extension.`
        : `This team list has format version ${formatVersion}; only version ${TEAM_LIST_FORMAT_VERSION} exists.`,
    );
  }
  return parsed.output;
}

function readPayload(text: string): TeamListPayload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TeamListError('malformed', 'The signed payload is not valid JSON; the publisher’s tool wrote a broken list.');
  }
  const parsed = v.safeParse(PayloadSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const where = issue.path?.[0]?.key === 'entries' && typeof issue.path[1]?.key === 'number' ? `Entry ${issue.path[1].key + 1}: ` : '';
    throw new TeamListError('malformed', `${where}${issueSentence(issue)}`);
  }
  return parsed.output;
}

function shortKey(key: string): string {
  return `${key.slice(0, 8)}…`;
}
