// When two entries are "the same prospect": same source and same name once folded. Used to
// refuse duplicates on add and to merge imported entries into existing ones.
import type { EntrySource } from '../watchlist';

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g;
// Hyphens and dashes read as a space, as the matcher treats them ("Saint-Gobain" = "Saint Gobain").
const DASHES = /[\p{Pd}\u2212]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;

/** "  Société  Générale " and "SOCIETE-GENERALE" fold to "societe generale". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** "own" or "team:<listId>". */
export function sourceKey(source: EntrySource): string {
  return source.kind === 'own' ? 'own' : `team:${source.listId}`;
}

/** The identity of an entry for de-duplication: its source and folded name. */
export function entryKey(entry: { name: string; source: EntrySource }): string {
  return `${sourceKey(entry.source)}\u0000${foldName(entry.name)}`;
}
