// Rejects a compiled form this code cannot read (another version's, or damaged in transit) before
// anything is built from it.
import { HashTag } from './keyed-hash';
import { COMPILED_MATCHER_FORMAT, COMPILED_MATCHER_VERSION, type CompiledMatcher } from './types';

const HASH_TAGS = new Set<string>(Object.values(HashTag));

/** Throws, with a sentence saying what to do, unless `compiled` is a form this code reads. */
export function checkCompiled(compiled: CompiledMatcher): void {
  const ok =
    compiled !== null &&
    typeof compiled === 'object' &&
    compiled.format === COMPILED_MATCHER_FORMAT &&
    compiled.version === COMPILED_MATCHER_VERSION &&
    Array.isArray(compiled.ids) &&
    Array.isArray(compiled.names) &&
    compiled.names.length === compiled.ids.length &&
    Array.isArray(compiled.termCounts) &&
    Array.isArray(compiled.terms) &&
    Array.isArray(compiled.keys) &&
    typeof compiled.kinds === 'string' &&
    compiled.ids.length === compiled.termCounts.length &&
    compiled.terms.length === compiled.keys.length &&
    compiled.terms.length === compiled.kinds.length &&
    compiled.termCounts.reduce((sum, count) => sum + count, 0) === compiled.terms.length &&
    (compiled.hashed === undefined || (Array.isArray(compiled.hashed) && compiled.hashed.every(isCompiledHashedList))) &&
    (compiled.stamps === undefined || areStampsOf(compiled.stamps, compiled.hashed?.length ?? 0));
  if (!ok) {
    throw new Error(
      `The compiled watchlist is not a ${COMPILED_MATCHER_FORMAT} version ${COMPILED_MATCHER_VERSION} object; recompile it with compileMatcher from this version of the extension.`,
    );
  }
}

function isCompiledHashedList(list: unknown): boolean {
  if (list === null || typeof list !== 'object') return false;
  const { listId, listName, key, filter, nameLengths, sets } = list as Record<string, unknown>;
  return (
    [listId, listName, key, filter].every((value) => typeof value === 'string') &&
    Array.isArray(nameLengths) &&
    nameLengths.every((length) => Number.isInteger(length) && length > 0) &&
    sets !== null &&
    typeof sets === 'object' &&
    Object.entries(sets).every(([tag, coded]) => HASH_TAGS.has(tag) && typeof coded === 'string')
  );
}

function areStampsOf(stamps: unknown, hashedCount: number): boolean {
  if (stamps === null || typeof stamps !== 'object') return false;
  const { personal, hashed } = stamps as Record<string, unknown>;
  return (
    typeof personal === 'string' &&
    Array.isArray(hashed) &&
    hashed.length === hashedCount &&
    hashed.every((stamp) => typeof stamp === 'string')
  );
}
