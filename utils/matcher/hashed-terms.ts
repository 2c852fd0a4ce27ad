// Turns a watchlist into its hashed form for a hashed team list: every term folded exactly as
// compile.ts folds it (the same entry-terms.ts), then kept only as a keyed hash, plus the keyed
// prefilter a scan checks first. Nothing readable survives: not a name, not a token.
import { bytesToBase64, bytesToBase64Url } from './base64';
import { collectTerms, isEntryGuarded, TermCollector } from './entry-terms';
import {
  filterSeeds,
  HASH_SCHEME,
  HashTag,
  KeyedTermHasher,
  LIST_KEY_BYTES,
  Prefilter,
  runStep,
  startItem,
  tokenHashOf,
  mix32,
} from './keyed-hash';
import { nameKey } from './normalize';
import { TermKind, type HashedWatchlist, type MatchableEntry } from './types';

const TAG_OF_KIND: Record<TermKind, HashTag> = {
  [TermKind.name]: HashTag.name,
  [TermKind.caseSensitiveName]: HashTag.caseSensitiveName,
  [TermKind.email]: HashTag.email,
  [TermKind.domain]: HashTag.domain,
};

/**
 * The hashed form of the guarded entries (as `compileMatcher` would pick them), under `listKey`
 * (LIST_KEY_BYTES random bytes, generated once per list id and carried with the list).
 */
export function hashWatchlist(entries: readonly MatchableEntry[], listKey: Uint8Array, options: { now?: Date } = {}): HashedWatchlist {
  if (listKey.length !== LIST_KEY_BYTES) throw new RangeError(`A list key must be ${LIST_KEY_BYTES} bytes long.`);
  const now = options.now ?? new Date();
  const seeds = filterSeeds(listKey);
  const hasher = new KeyedTermHasher(listKey);
  const filterItems = new Set<number>();
  const nameLengths = new Set<number>();
  const hashedEntries: string[][] = [];
  for (const entry of entries) {
    if (!isEntryGuarded(entry, now)) continue;
    const collector = new TermCollector();
    collector.startEntry();
    collectTerms(entry, collector);
    if (collector.terms.length === 0) continue;
    hashedEntries.push(
      collector.terms.map((term, k) => {
        const kind = collector.kinds[k] as TermKind;
        const foldedKey = collector.keys[k] || term;
        // A case-sensitive name is found by its folded tokens and confirmed with case kept,
        // as matcher.ts confirms it (nameKey of the term as written, case kept).
        const hashedKey = kind === TermKind.caseSensitiveName ? nameKey(term, true) : foldedKey;
        if (kind === TermKind.name || kind === TermKind.caseSensitiveName) {
          const tokens = foldedKey.split(' ');
          nameLengths.add(tokens.length);
          const hashes = tokens.map(tokenHashOf);
          filterItems.add(startItem(hashes[0]!, seeds.start));
          filterItems.add(mix32(hashes.reduce(runStep, seeds.run)));
        }
        return TAG_OF_KIND[kind] + bytesToBase64Url(hasher.hash(TAG_OF_KIND[kind], hashedKey));
      }),
    );
  }
  const filter = Prefilter.sizedFor(filterItems.size);
  for (const item of filterItems) filter.add(item);
  return {
    scheme: HASH_SCHEME,
    key: bytesToBase64(listKey),
    filter: filter.toBase64(),
    nameLengths: [...nameLengths].sort((a, b) => a - b),
    entries: hashedEntries,
  };
}
