// A term's fingerprint in a tab: the first `bits` bits of its 8-byte keyed hash, as a number
// (bits ≤ 52, so it is exact in a double). The width grows with the number of terms of a kind so
// the chance that a lookup matches some term by accident stays the same for any list size:
// count / 2^bits ≤ 2^-FALSE_MATCH_BITS. See docs/team-lists.md, "False matches".
import { MAX_FINGERPRINT_BITS } from './coded-set';

/**
 * −log2 of the most a lookup may match by accident: 21.3, what the 40-bit fingerprints of the
 * 418,063 terms of 100,000 synthetic entries gave (418,063 / 2^40 ≈ 2^-21.3) before sets by kind.
 */
export const FALSE_MATCH_BITS = 21.3;

/** Bits per fingerprint for a kind with `count` terms. */
export function fingerprintBits(count: number): number {
  return Math.min(MAX_FINGERPRINT_BITS, Math.max(1, Math.ceil(Math.log2(Math.max(1, count)) + FALSE_MATCH_BITS)));
}

/** The first `bits` bits of the hash at `at` in `bytes` (at least 7 bytes of it), big-endian, as a number. */
export function fingerprintOf(bytes: Uint8Array, bits: number, at = 0): number {
  const high = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  if (bits <= 32) return Math.floor(high / 2 ** (32 - bits));
  const low = (bytes[at + 4]! << 16) | (bytes[at + 5]! << 8) | bytes[at + 6]!;
  return high * 2 ** (bits - 32) + Math.floor(low / 2 ** (56 - bits));
}

/** The hit id's hex: the first 5 bytes (40 bits) of the hash, whatever the width kept. */
export function hashHex(hash: Uint8Array): string {
  let hex = '';
  for (let k = 0; k < 5; k++) hex += hash[k]!.toString(16).padStart(2, '0');
  return hex;
}
