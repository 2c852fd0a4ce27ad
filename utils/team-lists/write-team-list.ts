// Writes a signed team list file: the payload serialised once, signed as those exact UTF-8
// bytes, and carried as a string inside the envelope (see team-list-format.ts).
import { TEAM_LIST_FORMAT, TEAM_LIST_FORMAT_VERSION, type TeamListEnvelope, type TeamListPayload } from './team-list-format';
import { signBytes } from './signing-keys';

export function writeTeamList(payload: TeamListPayload, signingKey: { secretKey: Uint8Array; publicKey: string }): string {
  const payloadText = JSON.stringify(payload);
  const envelope: TeamListEnvelope = {
    format: TEAM_LIST_FORMAT,
    formatVersion: TEAM_LIST_FORMAT_VERSION,
    publicKey: signingKey.publicKey,
    payload: payloadText,
    signature: signBytes(new TextEncoder().encode(payloadText), signingKey.secretKey),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
