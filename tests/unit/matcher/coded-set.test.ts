// The coded set a tab keeps per kind of hashed term: every member is found, a value that is not a
// member is found only as often as the arithmetic says, and damaged bytes are refused in a sentence.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random';
import { CodedSet, CodedSetError, encodeCodedSet } from '../../../utils/matcher/coded-set';

/** `count` values below 2^bits from a seeded generator (two draws, so up to 52 bits). */
function randomValues(count: number, bits: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const high = 2 ** Math.max(0, bits - 26);
  const low = 2 ** Math.min(26, bits);
  return Float64Array.from({ length: count }, () => Math.floor(random() * high) * low + Math.floor(random() * low));
}

const setOf = (values: Float64Array | number[], bits: number) => new CodedSet(encodeCodedSet(values, bits));

describe('a coded set', () => {
  it('finds every member, at any width from 1 to 52 bits', () => {
    for (const [count, bits] of [
      [1, 1],
      [2, 1],
      [300, 12],
      [5_000, 26],
      [20_000, 40],
      [3_000, 52],
    ] as const) {
      const values = randomValues(count, bits, count + bits);
      const set = setOf(values, bits);
      expect(
        values.filter((value) => !set.has(value)),
        `${count} values of ${bits} bits`,
      ).toEqual(new Float64Array());
    }
  });

  it('finds a non-member as often as count / 2^bits says (10^6 random probes)', () => {
    // 10,000 members of 27 bits: 10,000 / 2^27 ≈ 7.45 × 10⁻⁵ per probe, 74.5 expected hits in 10^6.
    const bits = 27;
    const set = setOf(randomValues(10_000, bits, 1), bits);
    const probes = randomValues(1_000_000, bits, 2);
    const hits = probes.filter((value) => set.has(value)).length;
    // Poisson: standard deviation √74.5 ≈ 8.6; four of them either side.
    expect(hits).toBeGreaterThanOrEqual(40);
    expect(hits).toBeLessThanOrEqual(109);
  });

  it('finds nothing when empty', () => {
    const set = setOf([], 40);
    expect(set.count).toBe(0);
    expect([0, 1, 2 ** 39, 2 ** 40 - 1].filter((value) => set.has(value))).toEqual([]);
  });

  it('with one member, finds it and not its neighbours', () => {
    const set = setOf([123_456_789], 40);
    expect(set.has(123_456_789)).toBe(true);
    expect([0, 123_456_788, 123_456_790, 2 ** 40 - 1].filter((value) => set.has(value))).toEqual([]);
  });

  it('keeps equal fingerprints once, and finds them', () => {
    const set = setOf([9, 5, 5, 9, 5], 8);
    expect(set.count).toBe(2);
    expect([5, 9].every((value) => set.has(value))).toBe(true);
    expect([0, 4, 6, 8, 10, 255].filter((value) => set.has(value))).toEqual([]);
  });

  it('holds the largest and smallest values of its width', () => {
    const top = 2 ** 52 - 1;
    const set = setOf([top, 0, top - 1, 2 ** 51], 52);
    expect([0, top, top - 1, 2 ** 51].every((value) => set.has(value))).toBe(true);
    expect([1, top - 2, 2 ** 51 - 1, 2 ** 51 + 1].filter((value) => set.has(value))).toEqual([]);
    expect(setOf([0, 1], 1).has(1)).toBe(true);
  });

  it('finds members at the edges of its buckets', () => {
    // 1,049 members: 16 buckets of 2^16 values each.
    const values = [...Array.from({ length: 1_046 }, (_, k) => k * 1_000 + 7), 65_535, 65_536, 131_071];
    const set = setOf(values, 20);
    expect(values.filter((value) => !set.has(value))).toEqual([]);
    expect([65_534, 65_537, 131_070, 131_072, 1_048_575].filter((value) => set.has(value))).toEqual([]);
  });

  it('codes a member in about log2 of the mean gap plus 1.5 bits, as Golomb-Rice coding should, plus its bucket index', () => {
    const count = 65_536;
    const bits = 40;
    const bytes = encodeCodedSet(randomValues(count, bits, 3), bits);
    const indexBytes = 16 + 4 * 2 ** bytes[3]!;
    const meanGapBits = bits - Math.log2(count);
    // A geometric gap's entropy is log2(mean) + log2(e) ≈ log2(mean) + 1.44 bits.
    const codedPerMember = ((bytes.length - indexBytes) * 8) / count;
    expect(codedPerMember).toBeGreaterThan(meanGapBits + 1.44);
    expect(codedPerMember).toBeLessThan(meanGapBits + 1.55);
    // One 32-bit offset per 64 to 128 members.
    expect(((indexBytes - 16) * 8) / count).toBeLessThanOrEqual(0.5);
  });

  it('is refused, in a sentence, when cut, padded or damaged', () => {
    const bytes = encodeCodedSet(randomValues(1_000, 30, 4), 30);
    expect(() => new CodedSet(bytes.subarray(0, bytes.length - 4))).toThrow(
      new CodedSetError(`A coded set is cut or padded: its header calls for ${bytes.length} bytes; it has ${bytes.length - 4}.`),
    );
    expect(() => new CodedSet(Uint8Array.of(...bytes, 0, 0, 0, 0))).toThrow(/^A coded set is cut or padded/);
    expect(() => new CodedSet(bytes.subarray(0, 10))).toThrow('A coded set needs a 16-byte header; it has 10 bytes.');
    const otherFormat = bytes.slice();
    otherFormat[0] = 7;
    expect(() => new CodedSet(otherFormat)).toThrow('A coded set of format 7 cannot be read here (format 1).');
    const tooWide = bytes.slice();
    tooWide[1] = 60;
    expect(() => new CodedSet(tooWide)).toThrow(/^A coded set's header is damaged: 60 bits per value/);
    const outOfOrder = bytes.slice();
    // The second bucket's offset (bytes 20–23) made larger than everything after it.
    new DataView(outOfOrder.buffer).setUint32(20, 0xffff_fff0, true);
    expect(() => new CodedSet(outOfOrder)).toThrow(/^A coded set's bucket 2 starts at bit \d+, out of order or past its code\.$/);
  });

  it('refuses to code values its width cannot hold', () => {
    expect(() => encodeCodedSet([256], 8)).toThrow('A coded set of 8-bit values cannot hold 256.');
    expect(() => encodeCodedSet([1.5], 8)).toThrow('A coded set of 8-bit values cannot hold 1.5.');
    expect(() => encodeCodedSet([1], 53)).toThrow('A coded set holds values of 1 to 52 bits, not 53.');
  });
});
