// Adding a prospect by name, from the popup's form or the "Add to prospect watchlist" menu: one
// rule for both. A name already open is guarded already; a won or lost prospect of the person's
// own list that comes back is the same prospect (reopened, its history kept); anything else is new.
// Names compare as the matcher and the store see them (case, accents, spacing, dashes aside).
// Browser-free: the caller reads the entries and writes the step it is given.
import { nameKey } from '../matcher/normalize';
import type { EntryChanges, NewEntry } from '../model/messages';
import type { ProspectEntry } from '../model/watchlist';

export type AddStep =
  /** An open entry of that name, from any list: adding it twice helps nobody. */
  | { kind: 'already-open'; existing: ProspectEntry }
  /** The person's own won or lost entry of that name: write `changes` to it. */
  | { kind: 'reopen'; existing: ProspectEntry; changes: EntryChanges }
  /** No entry of that name: add `entry`. */
  | { kind: 'add'; entry: NewEntry };

export function addOrReopen(entries: readonly ProspectEntry[], entry: NewEntry): AddStep {
  const key = nameKey(entry.name);
  const sameName = entries.filter((candidate) => nameKey(candidate.name) === key);
  const open = sameName.find((candidate) => candidate.status === 'open');
  if (open) return { kind: 'already-open', existing: open };
  // A team list's entries are that list's to reopen, not the person's.
  const closed = sameName.find((candidate) => candidate.source.kind === 'own');
  if (!closed) return { kind: 'add', entry };
  // The stored spelling stays; the details just typed replace the old ones.
  const { name: _sameName, ...details } = entry;
  return { kind: 'reopen', existing: closed, changes: { ...details, status: 'open' } };
}
