// Real signed team lists for the tests, made with the same builder functions as the CLI
// (utils/team-lists): a publisher key, then any version of a plain or hashed list.
import type { MatchableEntry } from '../../../../utils/matcher/types';
import { packPayload } from '../../../../utils/team-lists/pack-team-list';
import { generateSigningKey, readSigningKey } from '../../../../utils/team-lists/signing-keys';
import { writeTeamList } from '../../../../utils/team-lists/write-team-list';

export interface Publisher {
  publicKey: string;
  /** The signed list file's text. */
  list(options: { id?: string; name?: string; version: number; kind?: 'plain' | 'hashed'; prospects: string[] }): string;
}

export function makePublisher(now = new Date('2026-11-27T09:00:00Z')): Publisher {
  const keyFile = generateSigningKey(now);
  const signingKey = readSigningKey(JSON.stringify(keyFile));
  return {
    publicKey: keyFile.publicKey,
    list({ id = 'sales-emea', name = 'Sales EMEA', version, kind = 'hashed', prospects }) {
      const entries: MatchableEntry[] = prospects.map((prospect, index) => ({ id: `p${index}`, name: prospect, status: 'open' }));
      const payload = packPayload({ id, name, kind, version, issued: now, expires: '2099-12-31' }, entries, signingKey.secretKey);
      return writeTeamList(payload, signingKey);
    },
  };
}

/** The same file with one byte of its signed payload changed, signature left as it was. */
export function tampered(listText: string): string {
  const envelope = JSON.parse(listText) as { payload: string };
  envelope.payload = envelope.payload.replace('"version":', '"version": ');
  return JSON.stringify(envelope);
}
