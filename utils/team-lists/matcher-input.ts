// A verified hashed team list → what the matcher compiles beside the personal entries.
import type { HashedListInput } from '../matcher/types';
import type { HashedTeamListPayload } from './team-list-format';

export function hashedListInput(payload: HashedTeamListPayload): HashedListInput {
  return { listId: payload.id, listName: payload.name, ...payload.hashing, entries: payload.entries };
}
