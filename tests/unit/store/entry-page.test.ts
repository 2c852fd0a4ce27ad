// The watchlist read a page at a time: every record once, in key order, no page over its budget.
import { beforeEach, describe, expect, it } from 'vitest';
import { PAGE_MAX_CHARS, readEntryPage, takeWithinBudget } from '../../../utils/store/entry-page';
import type { WatchlistDb } from '../../../utils/store/database';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import { readWholeWatchlist } from '../../../components/watchlist-pages';
import { openTestDatabase } from './fixtures/test-database';

function entry(index: number, noteLength = 0): ProspectEntry {
  return {
    id: `entry-${String(index).padStart(6, '0')}`,
    name: `Company ${index}`,
    status: 'open',
    source: { kind: 'own' },
    createdAt: index,
    updatedAt: index,
    ...(noteLength ? { note: 'n'.repeat(noteLength) } : {}),
  };
}

describe('taking items within a budget', () => {
  it.each([
    [[5, 5, 5], 10, 2],
    [[5, 5, 5], 15, 3],
    [[5, 5, 5], 14, 2],
    [[20, 1], 10, 1], // one item over budget still goes, or paging would never move on
    [[], 10, 0],
  ])('sizes %j in %i → %i', (sizes, budget, taken) => {
    expect(takeWithinBudget(sizes, budget, (size) => size)).toBe(taken);
  });
});

describe('reading stored entries a page at a time', () => {
  let db: WatchlistDb;
  beforeEach(async () => {
    db = await openTestDatabase();
  });

  async function store(records: unknown[]) {
    const tx = db.transaction('entries', 'readwrite');
    for (const record of records) void tx.store.put(record as ProspectEntry);
    await tx.done;
  }

  it('gives every entry once, in key order, with no page over its limit', async () => {
    await store(Array.from({ length: 25 }, (_, index) => entry(24 - index)));
    const pageSizes: number[] = [];
    const whole = await readWholeWatchlist(async (request) => {
      const page = await readEntryPage(db, { ...request, maxChars: Number.POSITIVE_INFINITY });
      pageSizes.push(page.entries.length);
      return page;
    }, 10);
    expect(pageSizes).toEqual([10, 10, 5]);
    expect(whole.entries.map((item) => item.id)).toEqual(Array.from({ length: 25 }, (_, index) => entry(index).id));
  });

  it('cuts a page short when its entries’ text would pass the character budget', async () => {
    await store([entry(0, 4_000), entry(1, 4_000), entry(2, 4_000), entry(3, 10)]);
    const first = await readEntryPage(db, { limit: 100, maxChars: 9_000 });
    expect(first.entries.map((item) => item.id)).toEqual([entry(0).id, entry(1).id]);
    expect(first.next).toBe(entry(1).id);
    const second = await readEntryPage(db, { after: first.next!, limit: 100, maxChars: 9_000 });
    expect(second.entries.map((item) => item.id)).toEqual([entry(2).id, entry(3).id]);
    expect(second.next).toBeNull();
  });

  it('reports the unreadable records of each page and keeps paging past them', async () => {
    await store([entry(0), { ...entry(1), name: undefined }, entry(2)]);
    const whole = await readWholeWatchlist((request) => readEntryPage(db, { ...request, maxChars: Number.POSITIVE_INFINITY }), 1);
    expect(whole.entries.map((item) => item.name)).toEqual(['Company 0', 'Company 2']);
    expect(whole.unreadable).toEqual([{ key: entry(1).id, field: 'name', problem: 'missing' }]);
  });
});

describe('paging through 200,000 entries with long notes', () => {
  it('never builds a page over the budget, and gives back every entry once', { timeout: 60_000 }, async () => {
    // In memory, as the background's store would give them: a 10,000-character note every 100th.
    const all = Array.from({ length: 200_000 }, (_, index) => entry(index, index % 100 === 0 ? 10_000 : 1_000));
    const positionOf = new Map(all.map((item, index) => [item.id, index]));
    const budget = PAGE_MAX_CHARS;
    let largestPage = 0;
    let pages = 0;
    const whole = await readWholeWatchlist(async ({ after, limit }) => {
      const start = after === undefined ? 0 : positionOf.get(after as string)! + 1;
      const candidates = all.slice(start, start + limit);
      const taken = takeWithinBudget(candidates, budget, (item) => JSON.stringify(item).length);
      const entries = candidates.slice(0, taken);
      largestPage = Math.max(
        largestPage,
        entries.reduce((sum, item) => sum + JSON.stringify(item).length, 0),
      );
      pages++;
      return { entries, unreadable: [], next: start + taken < all.length ? entries.at(-1)!.id : null };
    });
    expect(whole.entries).toHaveLength(200_000);
    expect(new Set(whole.entries.map((item) => item.id)).size).toBe(200_000);
    // Well under 64 MiB even at 3 bytes a character, and about 1.2 MB of notes per 1,000 entries.
    expect(largestPage * 3).toBeLessThan(64 * 1024 * 1024);
    expect(pages).toBeGreaterThan(200_000 / 5_000 - 1);
  });
});
