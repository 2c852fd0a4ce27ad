// A hashed team list → its part of the compiled form: per kind of term (n, c, e, d) one coded set
// (coded-set.ts) of the terms' fingerprints (fingerprint.ts), with the list's key and prefilter.
// Entries are not kept: a tab only needs to know whether a hash is a term of the list.
import { bytesToBase64, decodeBase64UrlInto } from './base64';
import { encodeCodedSet } from './coded-set';
import { fingerprintBits, fingerprintOf } from './fingerprint';
import { HASH_SCHEME, HASHED_TERM_BYTES, HashTag } from './keyed-hash';
import type { CompiledHashedList, HashedListInput } from './types';

const TAGS: readonly HashTag[] = Object.values(HashTag);

/**
 * The coded sets made for an entries array: every personal edit recompiles the whole form, and
 * the team list it holds is the same array until a new version arrives (the background keeps
 * each opened copy). Coding 100,000 entries takes about 150 ms; looking this up, nothing.
 */
const setsOfEntries = new WeakMap<readonly (readonly string[])[], CompiledHashedList['sets']>();

/** Throws a sentence naming the entry when a term is not a kind letter and a keyed hash. */
export function compileHashedList(list: HashedListInput): CompiledHashedList {
  if (list.scheme !== HASH_SCHEME) {
    throw new RangeError(
      `The team list “${list.listName}” is hashed with scheme ${String(list.scheme)}; this matcher reads scheme ${HASH_SCHEME}.`,
    );
  }
  // The sets hold the entries' hashes only (already keyed): the same entries, the same sets.
  const sets = setsOfEntries.get(list.entries) ?? codedSetsOf(list);
  setsOfEntries.set(list.entries, sets);
  return {
    listId: list.listId,
    listName: list.listName,
    key: list.key,
    filter: list.filter,
    nameLengths: [...list.nameLengths],
    sets: { ...sets },
  };
}

function codedSetsOf(list: HashedListInput): CompiledHashedList['sets'] {
  let termCount = 0;
  for (const terms of list.entries) termCount += terms.length;
  // Every term's whole hash and kind first: a kind's fingerprint width depends on its count.
  const hashes = new Uint8Array(termCount * HASHED_TERM_BYTES);
  const tags = new Uint8Array(termCount);
  const counts = new Array<number>(TAGS.length).fill(0);
  let term = 0;
  list.entries.forEach((terms, index) => {
    for (const text of terms) {
      const tag = TAGS.indexOf(text.charAt(0) as HashTag);
      if (tag < 0 || !decodeBase64UrlInto(text, 1, HASHED_TERM_BYTES, hashes, term * HASHED_TERM_BYTES)) {
        throw new RangeError(
          `Entry ${index + 1} of the team list “${list.listName}” has a term that is not a kind letter (n, c, e or d) followed by a ${HASHED_TERM_BYTES}-byte hash in base64url.`,
        );
      }
      tags[term++] = tag;
      counts[tag]!++;
    }
  });
  const sets: CompiledHashedList['sets'] = {};
  TAGS.forEach((letter, tag) => {
    const count = counts[tag]!;
    if (count === 0) return;
    const bits = fingerprintBits(count);
    const values = new Float64Array(count);
    for (let k = 0, written = 0; k < termCount; k++) {
      if (tags[k] === tag) values[written++] = fingerprintOf(hashes, bits, k * HASHED_TERM_BYTES);
    }
    sets[letter] = bytesToBase64(encodeCodedSet(values, bits));
  });
  return sets;
}
