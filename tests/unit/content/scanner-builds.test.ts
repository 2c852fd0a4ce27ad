// A tab's matcher builds: the previous scanner protects until the new one is built; at start-up
// the scanner is handed over at once and finishes its build on its first scan; a newer push
// supersedes an unfinished build.
import { describe, expect, it } from 'vitest';
import { createScannerBuilds, type Scanner } from '../../../entrypoints/content/scanner-builds';
import { compileMatcher, withPartStamps, type CompiledMatcher, type MatchableEntry } from '../../../utils/matcher/matcher';
import { syntheticWatchlist } from '../../../scripts/synthetic-text';

const LIST: MatchableEntry[] = syntheticWatchlist(5_000).map((entry, index) => ({ ...entry, id: `p${index}` }));
const form = (entries: MatchableEntry[]): CompiledMatcher =>
  JSON.parse(JSON.stringify(withPartStamps(compileMatcher(entries, { now: new Date(2026, 11, 5) })))) as CompiledMatcher;
const ADDED: MatchableEntry = { id: 'added', name: 'Quillfeather Orbital', status: 'open' };

/** A page whose turns the test gives; a clock that moves 1 ms per look (a slice is a few steps). */
function tab() {
  const waiting: (() => void)[] = [];
  let clock = 0;
  const handedOver: Scanner[] = [];
  const builds = createScannerBuilds({ yieldToPage: () => new Promise<void>((resolve) => waiting.push(resolve)), now: () => clock++ });
  return {
    builds,
    handedOver,
    ready: (scanner: Scanner) => handedOver.push(scanner),
    async giveTurns(count = Number.POSITIVE_INFINITY) {
      for (let k = 0; k < count && waiting.length > 0; k++) {
        waiting.shift()!();
        for (let tick = 0; tick < 4; tick++) await Promise.resolve();
      }
    },
  };
}

describe('scanner builds in a tab', () => {
  it('at start-up, hand a scanner over at once that finishes its build when it must scan', async () => {
    const page = tab();
    page.builds.start(form(LIST), page.ready);
    expect(page.handedOver).toHaveLength(1);
    const [scanner] = page.handedOver;
    expect(scanner!.scan(`Call ${LIST[0]!.name}`)).toHaveLength(1);
    expect(scanner!.entryName?.('p0')).toBe(LIST[0]!.name);
    await page.giveTurns();
    expect(page.handedOver).toHaveLength(1);
  });

  it('keep the previous scanner protecting until the new one is built, then hand it over', async () => {
    const page = tab();
    page.builds.start(form(LIST), page.ready);
    await page.giveTurns();
    page.builds.start(form([...LIST, ADDED]), page.ready);
    await page.giveTurns(3);
    expect(page.handedOver).toHaveLength(1);
    expect(page.handedOver[0]!.scan(`Call ${LIST[0]!.name}`)).toHaveLength(1);
    await page.giveTurns();
    expect(page.handedOver).toHaveLength(2);
    expect(page.handedOver[1]!.scan('Call Quillfeather Orbital')).toHaveLength(1);
  });

  it('hand over only the newest of two pushes when the second comes before the first is built', async () => {
    const page = tab();
    page.builds.start(form(LIST), page.ready);
    await page.giveTurns();
    page.builds.start(form(LIST.slice(1)), page.ready);
    await page.giveTurns(2);
    page.builds.start(form([...LIST, ADDED]), page.ready);
    await page.giveTurns();
    expect(page.handedOver).toHaveLength(2);
    expect(page.handedOver[1]!.scan(`Call ${LIST[0]!.name} and Quillfeather Orbital`)).toHaveLength(2);
  });

  it('hand a scanner over at once again once the page was not protected in between', () => {
    const page = tab();
    page.builds.start(form(LIST), page.ready);
    page.builds.drop();
    page.builds.start(form([...LIST, ADDED]), page.ready);
    expect(page.handedOver).toHaveLength(2);
    expect(page.handedOver[1]!.scan('Call Quillfeather Orbital')).toHaveLength(1);
  });

  it('refuse a form this code cannot read without dropping the scanner in use', async () => {
    const page = tab();
    page.builds.start(form(LIST), page.ready);
    await page.giveTurns();
    expect(() => page.builds.start({ ...form(LIST), version: 99 } as unknown as CompiledMatcher, page.ready)).toThrow(/recompile it/);
    page.builds.start(form([...LIST, ADDED]), page.ready);
    await page.giveTurns();
    expect(page.handedOver).toHaveLength(2);
  });
});
