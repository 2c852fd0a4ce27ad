// When two entries are "the same prospect": same source and the same name as the matcher sees
// it (case, accents, width, apostrophes, dashes and spacing aside). Used to refuse duplicates
// on add and to merge imported entries into existing ones.
import type { EntrySource } from './watchlist';
import { nameKey } from '../matcher/normalize';

/** "own" or "team:<listId>". */
export function sourceKey(source: EntrySource): string {
  return source.kind === 'own' ? 'own' : `team:${source.listId}`;
}

/** The identity of an entry for de-duplication: its source and its name's key for the matcher. */
export function entryKey(entry: { name: string; source: EntrySource }): string {
  return `${sourceKey(entry.source)}\u0000${nameKey(entry.name)}`;
}
