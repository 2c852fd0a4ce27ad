// Scanning: the text is folded and cut into tokens in one pass (normalize.ts); each token that
// may start a name (root filter) walks the word trie for its longest name; emails and domains
// come from address runs. Overlaps resolve leftmost-longest: at each token, the longest
// match starting there wins, and nothing may start inside an emitted match. Hashed team lists
// (hashed-index.ts) are asked at the same token, after the trie: their terms come after the
// personal ones, so a tie goes to the personal entry, then to the earlier list.
import { createFoldBuffers, foldForScan, foldInto, nameKey, originOf, splitsCodePoint } from './normalize';
import { filterBit, type WordTrie } from './trie';
import { findAddressCandidates, type AddressCandidate, type AddressIndex } from './address';
import type { HashedIndex, RunHit } from './hashed-index';
import type { PackedStrings } from './packed-strings';
import { TermKind, type Match, type Matcher } from './types';

/** Everything a scan looks up, loaded from the compiled form. */
export interface ScanTables {
  /** Entry ids, and each term as written and the entry it belongs to. */
  ids: PackedStrings;
  terms: PackedStrings;
  termEntry: Int32Array;
  kinds: Uint8Array;
  /** For case-sensitive names, by term: the key with case kept, compared on the original text. */
  casefulKeys: ReadonlyMap<number, string>;
  trie: WordTrie;
  addresses: AddressIndex;
  /** Hashed team lists: their hits are numbered after the terms above (`hashedTermNumber`). */
  hashed: readonly HashedIndex[];
}

/**
 * The term number of hit `hit` (HashedIndex.find) of hashed list `list` of `listCount`, after
 * `personalTermCount` personal terms: hashed lists keep no term table, so hits are interleaved.
 */
export function hashedTermNumber(personalTermCount: number, listCount: number, list: number, hit: number): number {
  return personalTermCount + hit * listCount + list;
}

export function createScanner({ ids, terms, termEntry, kinds, casefulKeys, trie, addresses, hashed }: ScanTables): Matcher {
  const { hasChildren, firstTerm, nextTerm, child, rootFilter } = trie;
  const hasAddresses =
    addresses.emails.size > 0 || addresses.domains.size > 0 || addresses.hashedEmail !== undefined || addresses.hashedDomain !== undefined;
  const hashedCount = hashed.length;
  const personalTermCount = terms.length;
  const hit: RunHit = { end: -1, term: -1 };
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
      if (nameKey(slice, true) === casefulKeys.get(term)) return term;
    }
    return -1;
  }

  function emit(start: number, end: number, term: number): void {
    const from = originOf(folded, start);
    const to = originOf(folded, end);
    if (term < personalTermCount) {
      matches.push({ start: from, end: to, entryId: ids.at(termEntry[term]!), term: terms.at(term) });
    } else {
      const h = (term - personalTermCount) % hashedCount;
      const list = hashed[h]!;
      // A hashed list holds no readable name: the caution shows the words as typed.
      matches.push({
        start: from,
        end: to,
        entryId: list.hitId((term - personalTermCount - h) / hashedCount),
        term: text.slice(from, to),
        teamList: list.listName,
      });
    }
    free = end;
  }

  const endsInside = (end: number): boolean => mayMisalign && splitsCodePoint(folded, end);
  const casefulKey = (start: number, end: number): string => nameKey(text.slice(originOf(folded, start), originOf(folded, end)), true);

  /** Whether a name of some hashed list may start with this token (each list's prefilter). */
  function hashedMayStart(tokenHash: number): boolean {
    for (let h = 0; h < hashedCount; h++) if (hashed[h]!.mayStart(tokenHash)) return true;
    return false;
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
      const mayStartHashed = hashedCount !== 0 && hashedMayStart(tokenHashes[t]!);
      // The common case, kept short: no name starts with this token and no address starts here.
      if (mayStart === 0 && !mayStartHashed && i < candidateStart) continue;
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

      if (mayStartHashed && !(mayMisalign && splitsCodePoint(folded, i))) {
        for (let h = 0; h < hashedCount; h++) {
          hashed[h]!.longestName(folded, t, endsInside, casefulKey, hit);
          // Strictly longer only: on a tie the personal entry, then the earlier list, wins.
          if (hit.end > bestEnd) {
            bestEnd = hit.end;
            bestTerm = hashedTermNumber(personalTermCount, hashedCount, h, hit.term);
          }
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
