// Compiles a watchlist into the compact, JSON-serialisable form the background ships to tabs:
// only guarded entries, only what matching needs (ids, terms as written, folded keys), and each
// entry's name as in the list so that the caution can say which prospect a typed word stands for.
import { collectTerms, isEntryGuarded, TermCollector } from './entry-terms';
import { compileHashedList } from './hashed-compile';
import { COMPILED_MATCHER_FORMAT, COMPILED_MATCHER_VERSION, type CompiledMatcher, type MatchableEntry, type MatcherOptions } from './types';

export { cleanDomain, isEmailAddress, isEntryGuarded } from './entry-terms';

/** Compiles the guarded entries of a watchlist (won, lost and expired ones are left out). */
export function compileMatcher(entries: readonly MatchableEntry[], options: MatcherOptions = {}): CompiledMatcher {
  const now = options.now ?? new Date();
  const ids: string[] = [];
  const names: string[] = [];
  const termCounts: number[] = [];
  const collector = new TermCollector();
  for (const entry of entries) {
    if (!isEntryGuarded(entry, now)) continue;
    collector.startEntry();
    collectTerms(entry, collector);
    const count = collector.entryTermCount();
    if (count === 0) continue;
    ids.push(entry.id);
    names.push(entry.name.trim());
    termCounts.push(count);
  }
  let kinds = '';
  for (let start = 0; start < collector.kinds.length; start += 4096) {
    kinds += String.fromCharCode(...collector.kinds.slice(start, start + 4096).map((kind) => 48 + kind));
  }
  return {
    format: COMPILED_MATCHER_FORMAT,
    version: COMPILED_MATCHER_VERSION,
    ids,
    names,
    termCounts,
    terms: collector.terms,
    keys: collector.keys,
    kinds,
    ...(options.hashedLists?.length ? { hashed: options.hashedLists.map(compileHashedList) } : {}),
  };
}
