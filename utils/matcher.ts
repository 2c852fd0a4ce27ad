// Finds watchlist prospects in text. The text is folded once into reusable buffers (with a map
// back to original offsets), cut into tokens, and each token start walks a word-level trie;
// emails and domains are matched over address runs. Overlaps resolve leftmost-longest.
import { CONT, SEP, WORD, createFoldBuffers, foldInto, nameKey } from './normalize';
import {
  COMPILED_MATCHER_FORMAT,
  COMPILED_MATCHER_VERSION,
  TermKind,
  compileMatcher,
  type CompiledMatcher,
  type MatcherOptions,
} from './matcher-compile';
import { buildWordTrie, type WordTrie } from './matcher-trie';
import { mayJoinAddress, scanAddressRun, type AddressCandidate, type AddressIndex } from './matcher-address';
import type { MatchableEntry } from './watchlist';

export { compileMatcher, isEntryGuarded, TermKind } from './matcher-compile';
export type { CompiledMatcher, MatcherOptions } from './matcher-compile';

/** A prospect found in a text: UTF-16 offsets into the original text, and the term that matched. */
export interface Match {
  start: number;
  end: number;
  entryId: string;
  /** The entry's name, alias, contact or domain that matched, as the seller wrote it. */
  term: string;
}

export interface Matcher {
  scan(text: string): Match[];
}

/** Rejects a compiled form this code cannot read, with a sentence saying what to do. */
function checkCompiled(compiled: CompiledMatcher): void {
  const ok =
    compiled !== null &&
    typeof compiled === 'object' &&
    compiled.format === COMPILED_MATCHER_FORMAT &&
    compiled.version === COMPILED_MATCHER_VERSION &&
    Array.isArray(compiled.ids) &&
    Array.isArray(compiled.termCounts) &&
    Array.isArray(compiled.terms) &&
    Array.isArray(compiled.keys) &&
    typeof compiled.kinds === 'string' &&
    compiled.ids.length === compiled.termCounts.length &&
    compiled.terms.length === compiled.keys.length &&
    compiled.terms.length === compiled.kinds.length &&
    compiled.termCounts.reduce((sum, count) => sum + count, 0) === compiled.terms.length;
  if (!ok) {
    throw new Error(
      `The compiled watchlist is not a ${COMPILED_MATCHER_FORMAT} version ${COMPILED_MATCHER_VERSION} object; recompile it with compileMatcher from this version of the extension.`,
    );
  }
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
  const termTokens: (string[] | null)[] = new Array<string[] | null>(termCount).fill(null);
  const casefulKeys: (string | undefined)[] = new Array<string | undefined>(termCount);
  const addresses: AddressIndex = { emails: new Map(), domains: new Map() };
  for (let term = 0; term < termCount; term++) {
    const kind = compiled.kinds.charCodeAt(term) - 48;
    kinds[term] = kind;
    const key = compiled.keys[term] || compiled.terms[term]!;
    if (kind === TermKind.name || kind === TermKind.caseSensitiveName) {
      termTokens[term] = key.split(' ');
      if (kind === TermKind.caseSensitiveName) casefulKeys[term] = nameKey(compiled.terms[term]!, true);
    } else if (kind === TermKind.email) {
      if (!addresses.emails.has(key)) addresses.emails.set(key, term);
    } else if (kind === TermKind.domain) {
      if (!addresses.domains.has(key)) addresses.domains.set(key, term);
    }
  }
  const trie = buildWordTrie(termTokens);
  return createScanner(compiled, termEntry, kinds, casefulKeys, trie, addresses);
}

/** Compiles the guarded entries and returns their matcher. */
export function createMatcher(entries: readonly MatchableEntry[], options?: MatcherOptions): Matcher {
  return matcherFromCompiled(compileMatcher(entries, options));
}

function createScanner(
  compiled: CompiledMatcher,
  termEntry: Int32Array,
  kinds: Uint8Array,
  casefulKeys: readonly (string | undefined)[],
  trie: WordTrie,
  addresses: AddressIndex,
): Matcher {
  const { ids, terms } = compiled;
  const { hasChildren, firstTerm, nextTerm } = trie;
  const hasAddresses = addresses.emails.size > 0 || addresses.domains.size > 0;
  // Reused across scans: a keystroke should not allocate buffers.
  const folded = createFoldBuffers();
  const candidates: AddressCandidate[] = [];

  function scan(text: string): Match[] {
    foldInto(text, folded);
    const { units, classes, origins, length } = folded;
    const matches: Match[] = [];
    candidates.length = 0;
    let nextCandidate = 0;
    let addressScannedTo = 0;
    // Folded offset before which no new match may start (end of the last match).
    let free = 0;

    // A match must start and end on original character boundaries (not inside ß → ss).
    const startsOnBoundary = (start: number): boolean => start === 0 || origins[start] !== origins[start - 1];
    const endsOnBoundary = (end: number): boolean => end === length || origins[end] !== origins[end - 1];
    const originalEnd = (end: number): number => (end === length ? text.length : origins[end]!);

    // The first of a node's terms that holds at folded [start, end), or -1.
    const acceptedTerm = (node: number, start: number, end: number): number => {
      for (let term = firstTerm[node]!; term !== -1; term = nextTerm[term]!) {
        if (kinds[term] !== TermKind.caseSensitiveName) return term;
        const slice = text.slice(origins[start]!, originalEnd(end));
        if (nameKey(slice, true) === casefulKeys[term]) return term;
      }
      return -1;
    };

    const emit = (start: number, end: number, term: number): void => {
      matches.push({
        start: origins[start]!,
        end: originalEnd(end),
        entryId: ids[termEntry[term]!]!,
        term: terms[term]!,
      });
      free = end;
    };

    const emitCandidatesBefore = (position: number): void => {
      while (nextCandidate < candidates.length && candidates[nextCandidate]!.start < position) {
        const candidate = candidates[nextCandidate++]!;
        if (candidate.start >= free && startsOnBoundary(candidate.start) && endsOnBoundary(candidate.end)) emit(candidate.start, candidate.end, candidate.term);
      }
    };

    let i = 0;
    while (i < length) {
      const cls = classes[i]!;
      if (cls === SEP) {
        i++;
        continue;
      }
      // The token at i: a run of WORD units, or one SOLO/SYMBOL code point.
      let j = i + 1;
      let hash = Math.imul(0x811c9dc5 ^ units[i]!, 0x01000193);
      if (cls === WORD) {
        while (j < length && classes[j] === WORD) hash = Math.imul(hash ^ units[j++]!, 0x01000193);
        if (hasAddresses && j < length && j >= addressScannedTo && mayJoinAddress(units[j]!)) {
          addressScannedTo = scanAddressRun(folded, i, addressScannedTo, addresses, candidates);
        }
      } else {
        while (j < length && classes[j] === CONT) hash = Math.imul(hash ^ units[j++]!, 0x01000193);
      }
      emitCandidatesBefore(i);
      if (i < free) {
        i = j;
        continue;
      }

      // Walk the trie from this token, remembering the longest accepted term.
      let bestEnd = -1;
      let bestTerm = -1;
      let node = startsOnBoundary(i) ? trie.child(0, hash, units, i, j) : -1;
      let tokenEnd = j;
      while (node !== -1) {
        if (firstTerm[node] !== -1 && endsOnBoundary(tokenEnd)) {
          const term = acceptedTerm(node, i, tokenEnd);
          if (term !== -1) {
            bestEnd = tokenEnd;
            bestTerm = term;
          }
        }
        if (hasChildren[node] === 0) break;
        let next = tokenEnd;
        while (next < length && classes[next] === SEP) next++;
        if (next >= length) break;
        const nextClass = classes[next]!;
        let nextEnd = next + 1;
        let nextHash = Math.imul(0x811c9dc5 ^ units[next]!, 0x01000193);
        const continues = nextClass === WORD ? WORD : CONT;
        while (nextEnd < length && classes[nextEnd] === continues) {
          nextHash = Math.imul(nextHash ^ units[nextEnd++]!, 0x01000193);
        }
        node = trie.child(node, nextHash, units, next, nextEnd);
        tokenEnd = nextEnd;
      }

      const candidate = candidates[nextCandidate];
      if (candidate !== undefined && candidate.start === i) {
        nextCandidate++;
        if (candidate.end > bestEnd && startsOnBoundary(i) && endsOnBoundary(candidate.end)) {
          bestEnd = candidate.end;
          bestTerm = candidate.term;
        }
      }
      if (bestTerm !== -1) emit(i, bestEnd, bestTerm);
      i = j;
    }
    emitCandidatesBefore(length + 1);
    return matches;
  }

  return { scan };
}
