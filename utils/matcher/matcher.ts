// The matcher's public face: compile a watchlist, load a compiled form, scan text.
// How a scan works is in scan.ts; the compiled form in compile.ts.
import { compileMatcher } from './compile';
import { checkCompiled } from './compiled-check';
import { startMatcherBuild } from './matcher-build';
import type { CompiledMatcher, MatchableEntry, Matcher, MatcherOptions } from './types';

export { compileMatcher, isEntryGuarded } from './compile';
export { buildInSlices, startMatcherBuild, type BuiltMatcher, type MatcherBuild, type ReusableParts } from './matcher-build';
export { withPartStamps } from './part-stamps';
export { chunksOf, compiledFromChunks, createChunkJoiner, type CompiledChunk } from './compiled-chunks';
export { hashWatchlist } from './hashed-terms';
export { TermKind } from './types';
export type {
  CompiledHashedList,
  CompiledMatcher,
  HashedListInput,
  HashedWatchlist,
  MatchableEntry,
  Match,
  Matcher,
  MatcherOptions,
} from './types';

/** A matcher from the compiled form; scans exactly like `createMatcher` on the same entries. */
export function matcherFromCompiled(compiled: CompiledMatcher): Matcher {
  return startMatcherBuild(compiled).finishNow().matcher;
}

/** Each compiled entry's name as in the list, by entry id (what the caution shows). */
export function entryNamesOf(compiled: CompiledMatcher): Map<string, string> {
  checkCompiled(compiled);
  return new Map(compiled.ids.map((id, index) => [id, compiled.names[index]!]));
}

/** Compiles the guarded entries and returns their matcher. */
export function createMatcher(entries: readonly MatchableEntry[], options?: MatcherOptions): Matcher {
  return matcherFromCompiled(compileMatcher(entries, options));
}
