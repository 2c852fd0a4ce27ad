// The matcher's public face: compile a watchlist, load a compiled form, scan text.
// How a scan works is in scan.ts; the compiled form in compile.ts.
import { nameKey } from './normalize';
import { compileMatcher } from './compile';
import {
  COMPILED_MATCHER_FORMAT,
  COMPILED_MATCHER_VERSION,
  TermKind,
  type CompiledMatcher,
  type MatchableEntry,
  type Matcher,
  type MatcherOptions,
} from './types';
import { buildWordTrie } from './trie';
import type { AddressIndex } from './address';
import { createScanner, hashedTermNumber } from './scan';
import { HashedIndex } from './hashed-index';
import { HashTag } from './keyed-hash';

const HASH_TAGS = new Set<string>(Object.values(HashTag));

export { compileMatcher, isEntryGuarded } from './compile';
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

/** Rejects a compiled form this code cannot read, with a sentence saying what to do. */
function checkCompiled(compiled: CompiledMatcher): void {
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
    (compiled.hashed === undefined || (Array.isArray(compiled.hashed) && compiled.hashed.every(isCompiledHashedList)));
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

/** A matcher from the compiled form; scans exactly like `createMatcher` on the same entries. */
export function matcherFromCompiled(compiled: CompiledMatcher): Matcher {
  checkCompiled(compiled);
  const termCount = compiled.terms.length;
  const termEntry = new Int32Array(termCount);
  for (let entry = 0, term = 0; entry < compiled.termCounts.length; entry++) {
    for (let k = 0; k < compiled.termCounts[entry]!; k++) termEntry[term++] = entry;
  }
  const kinds = new Uint8Array(termCount);
  const nameKeys: (string | null)[] = new Array<string | null>(termCount).fill(null);
  const casefulKeys: (string | undefined)[] = new Array<string | undefined>(termCount);
  const addresses: AddressIndex = { emails: new Map(), domains: new Map() };
  for (let term = 0; term < termCount; term++) {
    const kind = compiled.kinds.charCodeAt(term) - 48;
    kinds[term] = kind;
    const key = compiled.keys[term] || compiled.terms[term]!;
    if (kind === TermKind.name || kind === TermKind.caseSensitiveName) {
      nameKeys[term] = key;
      if (kind === TermKind.caseSensitiveName) casefulKeys[term] = nameKey(compiled.terms[term]!, true);
    } else if (kind === TermKind.email) {
      if (!addresses.emails.has(key)) addresses.emails.set(key, term);
    } else if (kind === TermKind.domain) {
      if (!addresses.domains.has(key)) addresses.domains.set(key, term);
    }
  }
  const trie = buildWordTrie(nameKeys);
  const hashed = (compiled.hashed ?? []).map((list) => new HashedIndex(list));
  addHashedAddresses(addresses, hashed, termCount);
  return createScanner({ ids: compiled.ids, terms: compiled.terms, termEntry, kinds, casefulKeys, trie, addresses, hashed });
}

/** Lets address runs ask the hashed lists, in order, after the personal entries. */
function addHashedAddresses(addresses: AddressIndex, hashed: readonly HashedIndex[], personalTermCount: number): void {
  const lookup = (tag: HashTag, has: (list: HashedIndex) => boolean) => {
    const lists = hashed.map((list, index) => ({ list, index })).filter(({ list }) => has(list));
    return lists.length === 0
      ? undefined
      : (text: string): number => {
          for (const { list, index } of lists) {
            const hit = list.find(tag, text);
            if (hit !== -1) return hashedTermNumber(personalTermCount, hashed.length, index, hit);
          }
          return -1;
        };
  };
  const hashedEmail = lookup(HashTag.email, (list) => list.hasEmails);
  const hashedDomain = lookup(HashTag.domain, (list) => list.hasDomains);
  if (hashedEmail) addresses.hashedEmail = hashedEmail;
  if (hashedDomain) addresses.hashedDomain = hashedDomain;
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
