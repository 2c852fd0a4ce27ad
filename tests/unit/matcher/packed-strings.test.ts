// Packed strings: a list of strings kept as a few long ones and typed arrays of offsets, read back
// exactly, across runs, whatever the characters (Latin-1, beyond it, surrogate pairs, empty).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashOfString, packStrings, PackedStringsBuilder } from '../../../utils/matcher/packed-strings';
import { buildStringTable } from '../../../utils/matcher/string-table';

describe('packed strings', () => {
  it('give back every string in order, across runs of 1,024', () => {
    const values = Array.from({ length: 3_000 }, (_, index) => (index % 7 === 0 ? '' : `entry-${index}-${'é'.repeat(index % 5)}`));
    values[1_500] = 'Żabka 🏪 Polska';
    const packed = packStrings(values);
    expect(packed.length).toBe(3_000);
    expect(Array.from({ length: packed.length }, (_, index) => packed.at(index))).toEqual(values);
  });

  it('tell whether a string is equal without making one, and hash it as the whole string', () => {
    const packed = packStrings(['Acme', 'Acme Robotics', '', 'acme']);
    expect(packed.equals(0, 'Acme')).toBe(true);
    expect(packed.equals(0, 'Acm')).toBe(false);
    expect(packed.equals(1, 'Acme')).toBe(false);
    expect(packed.equals(2, '')).toBe(true);
    expect(packed.equals(3, 'Acme')).toBe(false);
    for (let index = 0; index < packed.length; index++) expect(packed.hashAt(index)).toBe(hashOfString(packed.at(index)));
  });

  it('hold only what was pushed when fewer than the capacity came', () => {
    const builder = new PackedStringsBuilder(10);
    builder.push('a');
    builder.push('bc');
    const packed = builder.finish();
    expect(packed.length).toBe(2);
    expect([packed.at(0), packed.at(1)]).toEqual(['a', 'bc']);
    expect(new PackedStringsBuilder(0).finish().length).toBe(0);
  });

  it('read back any list of strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 2_500 }), (values) => {
        const packed = packStrings(values);
        expect(Array.from({ length: packed.length }, (_, index) => packed.at(index))).toEqual(values);
        for (const [index, value] of values.entries()) expect(packed.equals(index, value)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a string table', () => {
  it('finds each key’s value, the first when a key comes twice, and nothing for other strings', () => {
    const keys = packStrings(['bob@acme.com', 'acme.com', 'bob@acme.com', 'globex.com']);
    const table = buildStringTable(keys, Int32Array.of(10, 11, 12, 13));
    expect(table.size).toBe(3);
    expect(table.get('bob@acme.com')).toBe(10);
    expect(table.get('acme.com')).toBe(11);
    expect(table.get('globex.com')).toBe(13);
    expect(table.get('acme.co')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('gives a key’s position when it has no values, and is empty without keys', () => {
    const table = buildStringTable(packStrings(['x', 'y']));
    expect([table.get('x'), table.get('y'), table.get('z')]).toEqual([0, 1, undefined]);
    const empty = buildStringTable(packStrings([]));
    expect(empty.size).toBe(0);
    expect(empty.get('x')).toBeUndefined();
  });

  it('reads like a Map of the same keys (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 3_000 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }),
        (values, probes) => {
          const expected = new Map<string, number>();
          values.forEach((value, index) => {
            if (!expected.has(value)) expected.set(value, index * 3);
          });
          const table = buildStringTable(
            packStrings(values),
            Int32Array.from(values, (_, index) => index * 3),
          );
          expect(table.size).toBe(expected.size);
          for (const probe of [...values, ...probes]) expect(table.get(probe)).toBe(expected.get(probe));
        },
      ),
      { numRuns: 40 },
    );
  });
});
