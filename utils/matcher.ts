// Finds watchlist prospects in text. The text is folded once into reusable buffers (with a map
// back to original offsets), cut into tokens, and each token start walks a word-level trie;
// emails and domains are matched over address runs. Overlaps resolve leftmost-longest.
import {
  createFoldBuffers,
  foldInto,
  nameKey,
  originOf,
  splitsCodePoint,
} from './normalize';
import {
  COMPILED_MATCHER_FORMAT,
  COMPILED_MATCHER_VERSION,
  TermKind,
  compileMatcher,
  type CompiledMatcher,
  type MatcherOptions,
} from './matcher-compile';
import { buildWordTrie, filterBit, hashUnits, type WordTrie } from './matcher-trie';
import { JOINS_ADDRESS, joinsAddressBefore, scanAddressRun, type AddressCandidate, type AddressIndex } from './matcher-address';
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
  const { hasChildren, firstTerm, nextTerm, child, rootFilter } = trie;
  const hasAddresses = addresses.emails.size > 0 || addresses.domains.size > 0;
  // Locals: an imported binding can cost a load (or a getter) per use in the hot loop.
  const joinsAddress = JOINS_ADDRESS;
  const bitOf = filterBit;
  const hashOf = hashUnits;
  // Reused across scans: a keystroke should not allocate buffers.
  const folded = createFoldBuffers();
  const candidates: AddressCandidate[] = [];

  // State of the scan in progress, shared by the helpers below (created once, not per scan).
  let text = '';
  let matches: Match[] = [];
  let nextCandidate = 0;
  // Folded offset before which no new match may start (end of the last match).
  let free = 0;
  // Only texts whose folding changed lengths can have a match edge inside one character's fold.
  let mayMisalign = false;

  // The first of a node's terms that holds at folded [start, end), or -1.
  function acceptedTerm(node: number, start: number, end: number): number {
    for (let term = firstTerm[node]!; term !== -1; term = nextTerm[term]!) {
      if (kinds[term] !== TermKind.caseSensitiveName) return term;
      const slice = text.slice(originOf(folded, start), originOf(folded, end));
      if (nameKey(slice, true) === casefulKeys[term]) return term;
    }
    return -1;
  }

  function emit(start: number, end: number, term: number): void {
    matches.push({
      start: originOf(folded, start),
      end: originOf(folded, end),
      entryId: ids[termEntry[term]!]!,
      term: terms[term]!,
    });
    free = end;
  }

  function alignedCandidate(candidate: AddressCandidate): boolean {
    return !mayMisalign || !(splitsCodePoint(folded, candidate.start) || splitsCodePoint(folded, candidate.end));
  }

  function emitCandidatesBefore(position: number): void {
    while (nextCandidate < candidates.length && candidates[nextCandidate]!.start < position) {
      const candidate = candidates[nextCandidate++]!;
      if (candidate.start >= free && alignedCandidate(candidate)) emit(candidate.start, candidate.end, candidate.term);
    }
  }

  function scan(input: string): Match[] {
    text = input;
    foldInto(text, folded);
    const { units, length, tokenStarts, tokenEnds, tokenCount } = folded;
    const found: Match[] = (matches = []);
    candidates.length = 0;
    nextCandidate = 0;
    free = 0;
    mayMisalign = folded.spanCount > 0;
    let addressScannedTo = 0;

    for (let t = 0; t < tokenCount; t++) {
      const i = tokenStarts[t]!;
      const j = tokenEnds[t]!;
      // An address run needs a joiner between word characters ("acme.com", "jo@x", "ci-joint").
      if (hasAddresses && j + 1 < length && j >= addressScannedTo && units[j]! < 128 && joinsAddress[units[j]!] === 1 && joinsAddressBefore(folded, j + 1)) {
        addressScannedTo = scanAddressRun(folded, i, addressScannedTo, addresses, candidates);
      }
      if (nextCandidate < candidates.length) emitCandidatesBefore(i);
      if (i < free) continue;

      let bestEnd = -1;
      let bestTerm = -1;
      const bit = bitOf(units, i, j);
      if ((rootFilter[bit >>> 5]! & (1 << (bit & 31))) !== 0 && !(mayMisalign && splitsCodePoint(folded, i))) {
        // Walk the trie token by token from here, remembering the longest accepted term.
        let node = child(0, hashOf(units, i, j), units, i, j);
        let last = t;
        while (node !== -1) {
          const end = tokenEnds[last]!;
          if (firstTerm[node] !== -1 && !(mayMisalign && splitsCodePoint(folded, end))) {
            const term = acceptedTerm(node, i, end);
            if (term !== -1) {
              bestEnd = end;
              bestTerm = term;
            }
          }
          if (hasChildren[node] === 0 || ++last >= tokenCount) break;
          const nextStart = tokenStarts[last]!;
          const nextEnd = tokenEnds[last]!;
          node = child(node, hashOf(units, nextStart, nextEnd), units, nextStart, nextEnd);
        }
      }

      const candidate = candidates[nextCandidate];
      if (candidate !== undefined && candidate.start === i) {
        nextCandidate++;
        if (candidate.end > bestEnd && alignedCandidate(candidate)) {
          bestEnd = candidate.end;
          bestTerm = candidate.term;
        }
      }
      if (bestTerm !== -1) emit(i, bestEnd, bestTerm);
    }
    emitCandidatesBefore(length + 1);
    text = '';
    return found;
  }

  return { scan };
}
