// The bit writer and reader under the coded sets: what one writes, the other reads back, at any
// width up to 52 bits, across word boundaries, and a unary count that never ends is reported.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random';
import { readBits, readUnary } from '../../../utils/matcher/bit-reader';
import { BitWriter } from '../../../utils/matcher/bit-writer';

describe('bits written and read back', () => {
  it('gives back every value and unary count, in order', () => {
    const random = seededRandom(11);
    type Item = { unary: number } | { count: number; value: number };
    const items = Array.from({ length: 5_000 }, (): Item => {
      if (random() < 0.3) return { unary: Math.floor(random() * 70) };
      const count = Math.floor(random() * 53);
      return { count, value: Math.floor(random() * 2 ** count) };
    });
    const writer = new BitWriter();
    for (const item of items) {
      if ('unary' in item) writer.writeUnary(item.unary);
      else writer.write(item.value, item.count);
    }
    const cursor = { words: writer.finish(), at: 0 };
    const read = items.map(
      (item): Item =>
        'unary' in item ? { unary: readUnary(cursor, writer.length) } : { count: item.count, value: readBits(cursor, item.count) },
    );
    expect(read).toEqual(items);
    expect(cursor.at).toBe(writer.length);
  });

  it('puts the first bit written at the top of the first word', () => {
    const writer = new BitWriter();
    writer.write(0b101, 3);
    writer.writeUnary(2);
    expect([...writer.finish()]).toEqual([0b1010_0100_0000_0000_0000_0000_0000_0000]);
    expect(writer.length).toBe(6);
  });

  it('reports a unary count that runs past the end as -1', () => {
    const writer = new BitWriter();
    writer.write(0, 40);
    const cursor = { words: writer.finish(), at: 0 };
    expect(readUnary(cursor, 40)).toBe(-1);
    expect(cursor.at).toBe(40);
  });
});
