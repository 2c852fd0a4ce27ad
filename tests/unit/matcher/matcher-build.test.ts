// Building a matcher in slices from a stamped compiled form: the sliced build scans exactly like
// matcherFromCompiled, reuses the parts whose stamps are unchanged, can be superseded midway by a
// newer build and can be finished at once when a scan cannot wait.
import { describe, expect, it } from 'vitest';
import {
  buildInSlices,
  compileMatcher,
  hashWatchlist,
  matcherFromCompiled,
  startMatcherBuild,
  withPartStamps,
  type CompiledMatcher,
  type MatchableEntry,
  type MatcherBuild,
} from '../../../utils/matcher/matcher';
import { partStampsOf } from '../../../utils/matcher/part-stamps';
import { syntheticWatchlist } from '../../../scripts/synthetic-text';

const NOW = new Date(2026, 11, 5);
const KEY = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => 7 * i);

const withIds = (entries: ReturnType<typeof syntheticWatchlist>, prefix: string): MatchableEntry[] =>
  entries.map((entry, index) => ({ ...entry, id: `${prefix}${index}` }));

const PERSONAL = withIds(syntheticWatchlist(6_000), 'p');
const TEAM = withIds(syntheticWatchlist(9_000).slice(6_000), 't');

function teamList(entries: MatchableEntry[], listName = 'Sales EMEA', key = KEY) {
  return { ...hashWatchlist(entries, key), listId: listName.toLowerCase().replace(' ', '-'), listName };
}

/** What a tab receives: compiled, stamped, through JSON. */
function shipped(personal: MatchableEntry[], ...lists: ReturnType<typeof teamList>[]): CompiledMatcher {
  return JSON.parse(JSON.stringify(withPartStamps(compileMatcher(personal, { now: NOW, hashedLists: lists })))) as CompiledMatcher;
}

/** Texts naming personal and team prospects by name, contact and domain, among plain words. */
function sampleTexts(): string[] {
  const pick = (entries: MatchableEntry[], step: number) => entries.filter((_, index) => index % step === 0);
  return [
    ...pick(PERSONAL, 97).map((entry) => `Lunch with ${entry.name} on Friday, ${entry.contacts?.join(' and ') ?? 'nobody'}.`),
    ...pick(TEAM, 89).map((entry) => `Notes: ${entry.domains?.[0] ?? entry.name} asked about ${entry.aliases?.[0] ?? entry.name}.`),
    'Nothing to see here, just the quarterly budget review.',
  ];
}

function scansOf(matcher: { scan(text: string): unknown[] }, texts: string[]) {
  return texts.map((text) => matcher.scan(text));
}

/** Advances one step at a time; returns how many calls it took. */
function stepThrough(build: MatcherBuild): number {
  let calls = 1;
  while (!build.advance(() => true)) calls++;
  return calls;
}

/** Entry `i` of a list of `count` with names, emails and domains that no other entry shares. */
function distinctEntries(count: number): MatchableEntry[] {
  const letters = (index: number) => {
    let word = '';
    for (let rest = index + 26 * 27; rest > 0; rest = Math.floor(rest / 26)) word += String.fromCharCode(97 + (rest % 26));
    return word;
  };
  return Array.from({ length: count }, (_, index) => {
    const word = letters(index);
    return {
      id: `entry-${index}`,
      name: `Kal${word} Industries`,
      aliases: [`Kal${word}`],
      contacts: [`ana.${word}@mail-${word}.example`],
      domains: [`kal${word}.example`],
      status: 'open' as const,
    };
  });
}

describe('a built list of thousands of entries', () => {
  const entries = distinctEntries(3_100);
  const built = startMatcherBuild(shipped(entries)).finishNow();

  it('reports each entry by its own id, with the term as written and its name, on either side of every 1,024', () => {
    for (const index of [0, 1, 1_023, 1_024, 1_025, 2_047, 2_048, 3_071, 3_072, 3_099]) {
      const entry = entries[index]!;
      const text = `Met ${entry.name} (${entry.aliases![0]}), wrote to ${entry.contacts![0]}, see https://${entry.domains![0]}/deal.`;
      const found = built.matcher.scan(text).map(({ entryId, term }) => ({ entryId, term }));
      expect(found, entry.name).toEqual([
        { entryId: entry.id, term: entry.name },
        { entryId: entry.id, term: entry.aliases![0] },
        { entryId: entry.id, term: entry.contacts![0] },
        { entryId: entry.id, term: entry.domains![0] },
      ]);
      expect(built.entryName(entry.id)).toBe(entry.name);
    }
  });

  it('knows no name for an id it does not hold, nor a near miss of a term', () => {
    expect(built.entryName('entry-3100')).toBeUndefined();
    expect(built.entryName('')).toBeUndefined();
    const entry = entries[1_500]!;
    expect(built.matcher.scan(`${entry.aliases![0]}x wrote to x${entry.contacts![0]} about x${entry.domains![0]}`)).toEqual([]);
  });
});

describe('a matcher built in slices', () => {
  const compiled = shipped(PERSONAL, teamList(TEAM));
  const texts = sampleTexts();
  const expected = scansOf(matcherFromCompiled(compiled), texts);

  it('finds what matcherFromCompiled finds on the same form, personal and team prospects alike', () => {
    const build = startMatcherBuild(compiled);
    expect(stepThrough(build)).toBeGreaterThan(20);
    const built = build.finishNow();
    expect(scansOf(built.matcher, texts)).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(texts.length);
    expect(expected.flat().some((match) => (match as { teamList?: string }).teamList === 'Sales EMEA')).toBe(true);
    expect(built.entryName('p0')).toBe(PERSONAL[0]!.name);
  });

  it('pauses when asked, and each pause comes after a short step', () => {
    const build = startMatcherBuild(compiled);
    let steps = 0;
    expect(build.advance(() => ++steps === 3)).toBe(false);
    expect(steps).toBe(3);
  });

  it('can be finished at once midway (a scan that cannot wait), and scans the same', () => {
    const build = startMatcherBuild(compiled);
    for (let k = 0; k < 10; k++) build.advance(() => true);
    expect(scansOf(build.finishNow().matcher, texts)).toEqual(expected);
    expect(build.advance(() => true)).toBe(true);
  });

  it('rejects a form whose stamps do not fit its parts, before building anything', () => {
    expect(() => startMatcherBuild({ ...compiled, stamps: { personal: 'x', hashed: [] } })).toThrow(/recompile it/);
  });
});

describe('reusing the parts whose stamps did not change', () => {
  it('rebuilds only the team list a refresh changed', () => {
    const before = startMatcherBuild(shipped(PERSONAL, teamList(TEAM))).finishNow();
    const closed = TEAM.find((entry) => entry.status === 'open')!;
    const refreshed = shipped(
      PERSONAL,
      teamList([...TEAM.filter((entry) => entry !== closed), { id: 'new', name: 'Quillfeather Orbital', status: 'open' }]),
    );
    const after = startMatcherBuild(refreshed, before.parts).finishNow();
    expect(after.parts.personal).toBe(before.parts.personal);
    expect(after.parts.hashed[0]!.index).not.toBe(before.parts.hashed[0]!.index);
    expect(after.matcher.scan('Quillfeather Orbital')).toHaveLength(1);
    const teamHits = (matcher: typeof after.matcher) => matcher.scan(closed.name).filter((match) => match.teamList);
    expect(teamHits(before.matcher)).toHaveLength(1);
    expect(teamHits(after.matcher)).toEqual([]);
    expect(scansOf(after.matcher, sampleTexts())).toEqual(scansOf(matcherFromCompiled(refreshed), sampleTexts()));
  });

  it('keeps the team lists when only the personal list changed, and the matches stay in the same order', () => {
    const before = startMatcherBuild(shipped(PERSONAL, teamList(TEAM), teamList(TEAM.slice(0, 50), 'Sales APAC', OTHER_KEY))).finishNow();
    const edited = shipped(PERSONAL.slice(10), teamList(TEAM), teamList(TEAM.slice(0, 50), 'Sales APAC', OTHER_KEY));
    const build = startMatcherBuild(edited, before.parts);
    const after = build.finishNow();
    expect(after.parts.personal).not.toBe(before.parts.personal);
    expect(after.parts.hashed.map((part) => part.index)).toEqual(before.parts.hashed.map((part) => part.index));
    expect(scansOf(after.matcher, sampleTexts())).toEqual(scansOf(matcherFromCompiled(edited), sampleTexts()));
  });

  it('takes nothing over from a form without stamps', () => {
    const unstamped = JSON.parse(JSON.stringify(compileMatcher(PERSONAL, { now: NOW, hashedLists: [teamList(TEAM)] }))) as CompiledMatcher;
    const before = startMatcherBuild(unstamped).finishNow();
    const after = startMatcherBuild(unstamped, before.parts).finishNow();
    expect(after.parts.personal).not.toBe(before.parts.personal);
    expect(after.parts.hashed[0]!.index).not.toBe(before.parts.hashed[0]!.index);
  });

  it('is fast when nothing changed: no step to wait for', () => {
    const compiled = shipped(PERSONAL, teamList(TEAM));
    const before = startMatcherBuild(compiled).finishNow();
    expect(stepThrough(startMatcherBuild(compiled, before.parts))).toBe(1);
  });
});

describe('part stamps', () => {
  const compiled = compileMatcher(PERSONAL.slice(0, 200), { now: NOW, hashedLists: [teamList(TEAM.slice(0, 100))] });

  it('are the same for the same parts, and survive the trip to the tab', () => {
    const stamps = partStampsOf(compiled);
    expect(partStampsOf(compileMatcher(PERSONAL.slice(0, 200), { now: NOW, hashedLists: [teamList(TEAM.slice(0, 100))] }))).toEqual(stamps);
    expect(JSON.parse(JSON.stringify(withPartStamps(compiled))).stamps).toEqual(stamps);
  });

  it('change with the one part that changed: one letter of one alias, or a team list’s name', () => {
    const stamps = partStampsOf(compiled);
    const renamed = PERSONAL.slice(0, 200).map((entry, index) => (index === 150 ? { ...entry, aliases: ['Zephyrine'] } : entry));
    const personalEdit = partStampsOf(compileMatcher(renamed, { now: NOW, hashedLists: [teamList(TEAM.slice(0, 100))] }));
    expect(personalEdit.personal).not.toBe(stamps.personal);
    expect(personalEdit.hashed).toEqual(stamps.hashed);
    const listRenamed = partStampsOf(
      compileMatcher(PERSONAL.slice(0, 200), { now: NOW, hashedLists: [teamList(TEAM.slice(0, 100), 'Sales Nord')] }),
    );
    expect(listRenamed.personal).toBe(stamps.personal);
    expect(listRenamed.hashed).not.toEqual(stamps.hashed);
  });

  it('tell apart terms that only differ in where one ends and the next begins', () => {
    const a = compileMatcher([{ id: 'x', name: 'ab', aliases: ['c'], status: 'open' }], { now: NOW });
    const b = compileMatcher([{ id: 'x', name: 'ab', aliases: ['c'], status: 'open' }], { now: NOW });
    b.terms = ['a', 'bc'];
    expect(partStampsOf(a).personal).not.toBe(partStampsOf(b).personal);
  });
});

describe('building in slices, yielding to the page', () => {
  /** A page whose turns the test gives one at a time. */
  function pageTurns() {
    const waiting: (() => void)[] = [];
    return {
      yieldToPage: () => new Promise<void>((resolve) => waiting.push(resolve)),
      async giveTurn() {
        waiting.shift()?.();
        await Promise.resolve();
        await Promise.resolve();
      },
      get waiting() {
        return waiting.length;
      },
    };
  }

  it('works one slice per turn and gives the matcher when complete', async () => {
    const compiled = shipped(PERSONAL, teamList(TEAM));
    const page = pageTurns();
    // A clock that moves 1 ms per look: a 5 ms slice is a few steps.
    let clock = 0;
    const result = buildInSlices(startMatcherBuild(compiled), {
      sliceMs: 5,
      now: () => clock++,
      yieldToPage: page.yieldToPage,
      superseded: () => false,
    });
    let turns = 0;
    let built: Awaited<typeof result> | undefined;
    void result.then((value) => {
      built = value;
    });
    while (built === undefined) {
      expect(page.waiting).toBe(1);
      await page.giveTurn();
      turns++;
    }
    expect(turns).toBeGreaterThan(5);
    expect(scansOf(built!.matcher, sampleTexts())).toEqual(scansOf(matcherFromCompiled(compiled), sampleTexts()));
  });

  it('stops at the next turn when a newer build supersedes it, which reuses what it finished', async () => {
    const older = shipped(PERSONAL, teamList(TEAM));
    const newer = shipped(PERSONAL, teamList(TEAM.slice(5)));
    const page = pageTurns();
    let generation = 1;
    const olderBuild = startMatcherBuild(older);
    // One step per slice.
    const olderResult = buildInSlices(olderBuild, {
      sliceMs: 0,
      now: () => 0,
      yieldToPage: page.yieldToPage,
      superseded: () => generation !== 1,
    });
    while (!olderBuild.partsSoFar().personal) await page.giveTurn();
    generation = 2;
    const newerBuild = startMatcherBuild(newer, olderBuild.partsSoFar());
    const newerResult = buildInSlices(newerBuild, {
      sliceMs: 0,
      now: () => 0,
      yieldToPage: page.yieldToPage,
      superseded: () => generation !== 2,
    });
    let finished = false;
    void newerResult.then(() => {
      finished = true;
    });
    while (!finished) await page.giveTurn();
    expect(await olderResult).toBeUndefined();
    const built = (await newerResult)!;
    expect(built.parts.personal).toBe(olderBuild.partsSoFar().personal);
    expect(scansOf(built.matcher, sampleTexts())).toEqual(scansOf(matcherFromCompiled(newer), sampleTexts()));
  });
});
