// The one seeded generator behind the benchmarks' data and the test pages' Math.random: the same
// seed must give the same numbers on every run and machine, or figures and page comparisons drift.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random';

const firstThree = (seed: number) => {
  const random = seededRandom(seed);
  return [random(), random(), random()].map((value) => value * 2 ** 32);
};

describe('seededRandom', () => {
  // Reference values: mulberry32 as the test pages and the page benchmark each wrote it before.
  it.each([
    ['the test pages', 0x9e3779b9, [1541420728, 454851044, 2900350524]],
    ['the page benchmark’s watchlist', 10_000, [2128139157, 1539647757, 1683089321]],
  ])('gives mulberry32’s sequence for %s (seed %i)', (_for, seed, expected) => {
    expect(firstThree(seed)).toEqual(expected);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(firstThree(42)).toEqual(firstThree(42));
    expect(firstThree(43)).not.toEqual(firstThree(42));
  });

  it('stays within [0, 1)', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 100_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
