// Scanning: the text is folded and cut into tokens in one pass (normalize.ts); each token that
// may start a name (root filter) walks the word trie for its longest name; emails and domains
// come from address runs. Overlaps resolve leftmost-longest: at each token, the longest
// match starting there wins, and nothing may start inside an emitted match.
import { createFoldBuffers, foldForScan, foldInto, nameKey, originOf, splitsCodePoint } from './normalize';
import { filterBit, type WordTrie } from './trie';
import { findAddressCandidates, type AddressCandidate, type AddressIndex } from './address';
import { TermKind, type Match, type Matcher } from './types';

/** Everything a scan looks up, loaded from the compiled form. */
export interface ScanTables {
  /** Entry ids, and each term as written and the entry it belongs to. */
  ids: readonly string[];
  terms: readonly string[];
  termEntry: Int32Array;
  kinds: Uint8Array;
  /** For case-sensitive names: the key with case kept, compared on the original text. */
  casefulKeys: readonly (string | undefined)[];
  trie: WordTrie;
  addresses: AddressIndex;
}

export function createScanner({ ids, terms, termEntry, kinds, casefulKeys, trie, addresses }: ScanTables): Matcher {
  const { hasChildren, firstTerm, nextTerm, child, rootFilter } = trie;
  const hasAddresses = addresses.emails.size > 0 || addresses.domains.size > 0;
  // Locals: an imported binding can cost a load (or a getter) per use in the hot loop.
  const bitOf = filterBit;
  // Reused across scans: a keystroke should not allocate buffers.
  const ownBuffers = createFoldBuffers();
  // The folded text being scanned: the shared scan buffers, or `ownBuffers` for long texts.
  let folded = ownBuffers;
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
    folded = foldForScan(text) ?? foldInto(text, ownBuffers);
    const { units, length, tokenStarts, tokenEnds, tokenHashes, tokenCount } = folded;
    matches = [];
    const found: Match[] = matches;
    candidates.length = 0;
    nextCandidate = 0;
    free = 0;
    mayMisalign = folded.spanCount > 0;
    if (hasAddresses) findAddressCandidates(folded, addresses, candidates);

    // Where the next address candidate starts (past the text when none is left).
    let candidateStart = candidates.length > 0 ? candidates[0]!.start : length + 1;
    for (let t = 0; t < tokenCount; t++) {
      const i = tokenStarts[t]!;
      const bit = bitOf(tokenHashes[t]!);
      const mayStart = rootFilter[bit >>> 5]! & (1 << (bit & 31));
      // The common case, kept short: no name starts with this token and no address starts here.
      if (mayStart === 0 && i < candidateStart) continue;
      const j = tokenEnds[t]!;
      if (nextCandidate < candidates.length) emitCandidatesBefore(i);
      if (i < free) {
        candidateStart = nextCandidate < candidates.length ? candidates[nextCandidate]!.start : length + 1;
        continue;
      }

      let bestEnd = -1;
      let bestTerm = -1;
      if (mayStart !== 0 && !(mayMisalign && splitsCodePoint(folded, i))) {
        // Walk the trie token by token from here, remembering the longest accepted term.
        let node = child(0, tokenHashes[t]!, units, i, j);
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
          node = child(node, tokenHashes[last]!, units, nextStart, nextEnd);
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
      candidateStart = nextCandidate < candidates.length ? candidates[nextCandidate]!.start : length + 1;
    }
    emitCandidatesBefore(length + 1);
    text = '';
    return found;
  }

  return { scan };
}
