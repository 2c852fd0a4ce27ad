// Undo of a change to the watchlist (an import, a bulk delete): what to remove and what to write
// back so the list is again exactly what it was before, ids and times included.
import type { ProspectEntry } from '../model/watchlist';

export interface RestoreRequest {
  removeIds: string[];
  entries: ProspectEntry[];
}

/** From the list before the change and the list now: remove what is new, write back what differs. */
export function restoreRequest(before: readonly ProspectEntry[], now: readonly ProspectEntry[]): RestoreRequest {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const nowById = new Map(now.map((entry) => [entry.id, entry]));
  return {
    removeIds: now.filter((entry) => !beforeById.has(entry.id)).map((entry) => entry.id),
    entries: before.filter((entry) => {
      const current = nowById.get(entry.id);
      return current === undefined || JSON.stringify(current) !== JSON.stringify(entry);
    }),
  };
}
