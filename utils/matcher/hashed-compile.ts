// A hashed team list → its part of the compiled form: per term only the first FINGERPRINT_BYTES
// bytes of its keyed hash, grouped by entry, with the list's key and prefilter.
import { bytesToBase64, decodeBase64UrlInto } from './base64';
import { FINGERPRINT_BYTES, HASH_SCHEME, HASHED_TERM_BYTES, HashTag } from './keyed-hash';
import type { CompiledHashedList, HashedListInput } from './types';

const TAGS = new Set<string>(Object.values(HashTag));

/** Throws a sentence naming the entry when a term is not a kind letter and a keyed hash. */
export function compileHashedList(list: HashedListInput): CompiledHashedList {
  if (list.scheme !== HASH_SCHEME) {
    throw new RangeError(
      `The team list “${list.listName}” is hashed with scheme ${String(list.scheme)}; this matcher reads scheme ${HASH_SCHEME}.`,
    );
  }
  let termCount = 0;
  for (const terms of list.entries) termCount += terms.length;
  const fingerprints = new Uint8Array(termCount * FINGERPRINT_BYTES);
  const hash = new Uint8Array(HASHED_TERM_BYTES);
  const kinds = new Set<string>();
  let written = 0;
  list.entries.forEach((terms, index) => {
    for (const term of terms) {
      const tag = term.charAt(0);
      if (!TAGS.has(tag) || !decodeBase64UrlInto(term, 1, HASHED_TERM_BYTES, hash, 0)) {
        throw new RangeError(
          `Entry ${index + 1} of the team list “${list.listName}” has a term that is not a kind letter (n, c, e or d) followed by a ${HASHED_TERM_BYTES}-byte hash in base64url.`,
        );
      }
      kinds.add(tag);
      for (let k = 0; k < FINGERPRINT_BYTES; k++) fingerprints[written++] = hash[k]!;
    }
  });
  return {
    listId: list.listId,
    listName: list.listName,
    key: list.key,
    filter: list.filter,
    nameLengths: [...list.nameLengths],
    kinds: [...kinds].sort().join(''),
    termCounts: list.entries.map((terms) => terms.length),
    fingerprints: bytesToBase64(fingerprints),
  };
}
