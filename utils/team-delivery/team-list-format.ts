// The team list codec delivery uses: utils/team-lists reads the file and checks the publisher's
// signature; this only reshapes a verified list into what delivery and the matcher take.
import type { MatchableEntry } from '../matcher/types';
import { readTeamList } from '../team-lists/read-team-list';
import type { OpenedTeamList, TeamListCodec } from './team-list-codec';

export const teamListCodec: TeamListCodec = {
  async open(text, publicKey) {
    const { payload } = readTeamList(text, { publicKey, now: new Date() });
    const opened: OpenedTeamList = {
      id: payload.id,
      name: payload.name,
      version: payload.version,
      issuedAt: payload.issued,
      expiresAt: payload.expires,
      kind: payload.kind,
      entryCount: payload.entries.length,
    };
    if (payload.kind === 'hashed') {
      opened.hashed = { ...payload.hashing, entries: payload.entries };
    } else {
      // Team entries are open deals by definition: a won or lost one leaves with the next version.
      opened.plainEntries = payload.entries.map((entry, index): MatchableEntry => ({ ...entry, id: String(index), status: 'open' }));
    }
    return opened;
  },
};
