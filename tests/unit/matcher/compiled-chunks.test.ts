// The compiled form in chunks for delivery to a tab: each chunk small, and joined back into the
// very form it was cut from.
import { describe, expect, it } from 'vitest';
import {
  chunksOf,
  compiledFromChunks,
  compileMatcher,
  hashWatchlist,
  withPartStamps,
  type MatchableEntry,
} from '../../../utils/matcher/matcher';
import { syntheticWatchlist } from '../../../scripts/synthetic-text';

const NOW = new Date(2026, 11, 5);
const entries = (count: number, prefix: string): MatchableEntry[] =>
  syntheticWatchlist(count).map((entry, index) => ({ ...entry, id: `${prefix}${index}` }));
const team = (list: MatchableEntry[], listName: string, seed: number) => ({
  ...hashWatchlist(
    list,
    Uint8Array.from({ length: 32 }, (_, i) => (i * seed) & 255),
  ),
  listId: listName,
  listName,
});

describe('the compiled form in chunks', () => {
  const compiled = withPartStamps(
    compileMatcher(entries(8_000, 'p'), {
      now: NOW,
      hashedLists: [team(entries(12_000, 't'), 'Sales EMEA', 3), team(entries(40, 'a'), 'Sales APAC', 5)],
    }),
  );
  const json = (value: unknown) => JSON.stringify(value).length;

  it('keeps every chunk near the size asked for, however large the form', () => {
    const chunks = chunksOf(compiled, 50_000);
    expect(chunks.length).toBeGreaterThan(8);
    // Each is the asked size plus at most one entry's or one JSON quoting's worth.
    for (const chunk of chunks) expect(json(chunk)).toBeLessThan(130_000);
    expect(json(compiled)).toBeGreaterThan(1_000_000);
  });

  it('joins back into the very form it was cut from, after the trip through JSON', () => {
    const chunks = JSON.parse(JSON.stringify(chunksOf(compiled, 50_000)));
    expect(compiledFromChunks(chunks)).toEqual(JSON.parse(JSON.stringify(compiled)));
  });

  it('handles an empty watchlist and a form without stamps', () => {
    const empty = compileMatcher([], { now: NOW });
    expect(compiledFromChunks(chunksOf(empty))).toEqual(empty);
  });

  it('refuses chunks that do not make a whole form: a missing head, or a chunk left out', () => {
    const chunks = chunksOf(compiled, 50_000);
    expect(() => compiledFromChunks(chunks.slice(1))).toThrow(/without its first part/);
    expect(() => compiledFromChunks(chunks.filter((_, index) => index !== 2))).toThrow(/arrived in \d+ of its \d+ parts/);
    expect(() => compiledFromChunks([chunks[0]!, chunks[2]!, chunks[1]!, ...chunks.slice(3)])).toThrow(/out of order/);
  });
});
