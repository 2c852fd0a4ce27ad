// A hashed term's fingerprint: the leading bits of its keyed hash, wide enough that a lookup
// matches some term by accident no more often than 2^-21.3, whatever the number of terms.
import { describe, expect, it } from 'vitest';
import { FALSE_MATCH_BITS, fingerprintBits, fingerprintOf, hashHex } from '../../../utils/matcher/fingerprint';

const HASH = Uint8Array.of(0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89);

describe('a fingerprint', () => {
  it('is the leading bits of the hash, big-endian', () => {
    expect(fingerprintOf(HASH, 8)).toBe(0xab);
    expect(fingerprintOf(HASH, 32)).toBe(0xabcdef01);
    expect(fingerprintOf(HASH, 40)).toBe(0xabcdef0123);
    expect(fingerprintOf(HASH, 52)).toBe(0xabcdef0123456);
    expect(fingerprintOf(Uint8Array.of(255, 255, 255, 255, 255, 255, 255, 255), 52)).toBe(2 ** 52 - 1);
    // The second of two hashes side by side.
    expect(fingerprintOf(Uint8Array.of(...HASH, 1, 2, 3, 4, 5, 6, 7, 8), 24, 8)).toBe(0x010203);
  });

  it('is wide enough for at most 2^-21.3 false matches per lookup, and not a bit wider', () => {
    for (const count of [1, 2, 3, 1_000, 100_000, 131_072, 218_063, 1_000_000]) {
      const chance = count / 2 ** fingerprintBits(count);
      expect(chance, `${count} terms`).toBeLessThanOrEqual(2 ** -FALSE_MATCH_BITS);
      expect(chance * 2, `${count} terms`).toBeGreaterThan(2 ** -FALSE_MATCH_BITS);
    }
    expect(fingerprintBits(418_063)).toBe(40);
    expect(fingerprintBits(100_000)).toBe(38);
  });

  it('names its hit by the first 40 bits of the hash, whatever the width kept', () => {
    expect(hashHex(HASH)).toBe('abcdef0123');
  });
});
