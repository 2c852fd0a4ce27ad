// A hashed team list must find exactly what the same list finds in plain text: same places, same
// entries, beside a personal list too. Random lists and texts (fast-check), folding-heavy words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createMatcher,
  hashWatchlist,
  matcherFromCompiled,
  type Match,
  type MatchableEntry,
} from '../../../utils/matcher/matcher';

const VOCABULARY = [
  'Acme',
  'Robotics',
  'Société',
  'Straße',
  'ﬁnance',
  "L'Oréal",
  'AT&T',
  '3M',
  'Œuvre',
  'Jean-Pierre',
  '東京',
  'ソニー',
  '𝐌𝐚𝐭𝐡',
  'Orange',
  'co',
];
const word = fc.constantFrom(...VOCABULARY);
const vocabularyName = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const anyName = fc.oneof(vocabularyName, vocabularyName, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }));
const email = fc
  .tuple(fc.constantFrom('bob', 'jane.doe'), fc.constantFrom('acme.com', 'société.fr', 'mail.acme.com'))
  .map(([local, domain]) => `${local}@${domain}`);
const domain = fc.constantFrom('acme.com', 'Globex.co.uk', 'société.fr', 'ﬁnance.io');

const entryFields = fc.record({
  name: anyName,
  aliases: fc.option(fc.array(anyName, { maxLength: 2 }), { nil: undefined }),
  contacts: fc.option(fc.array(fc.oneof(vocabularyName, email), { maxLength: 2 }), { nil: undefined }),
  domains: fc.option(fc.array(domain, { maxLength: 2 }), { nil: undefined }),
  status: fc.constantFrom('open', 'open', 'open', 'won') as fc.Arbitrary<MatchableEntry['status']>,
  matchCase: fc.option(fc.boolean(), { nil: undefined }),
});
const list = (prefix: string) =>
  fc
    .array(entryFields, { minLength: 1, maxLength: 6 })
    .map((items) => items.map((fields, i): MatchableEntry => ({ ...fields, id: `${prefix}${i}` })));

const SPELLINGS: ((name: string) => string)[] = [
  (name) => name,
  (name) => name.toUpperCase(),
  (name) => name.toLowerCase(),
  (name) => name.normalize('NFD'),
  (name) => name.replaceAll(' ', '\n '),
  (name) => `https://www.${name}/x`,
];

function textAround(entries: MatchableEntry[]): fc.Arbitrary<string> {
  const terms = entries.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.contacts ?? []), ...(e.domains ?? [])]);
  const piece = fc.oneof(
    fc.tuple(fc.constantFrom(...terms), fc.constantFrom(...SPELLINGS)).map(([term, spell]) => spell(term)),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom(' ', '\n', '.', '@', 'not', '-', 'ß', 'e\u0301'),
  );
  return fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
}

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const NOW = new Date(2026, 10, 27);

function hashedMatcher(team: MatchableEntry[], personal: MatchableEntry[] = []) {
  const hashed = { ...hashWatchlist(team, KEY, { now: NOW }), listId: 'emea', listName: 'Sales EMEA' };
  // Through JSON, as the compiled form reaches a tab.
  return matcherFromCompiled(JSON.parse(JSON.stringify(compileMatcher(personal, { now: NOW, hashedLists: [hashed] }))));
}

/**
 * Asserts that `actual` finds the places `expected` finds, each team term (as the plain matcher
 * reports it) always getting the same hashed id. Ids name terms, not entries, since compiled form 2.
 */
function expectSameFinds(text: string, expected: Match[], actual: Match[], teamIds: Set<string>) {
  expect(actual.map(({ start, end }) => [start, end])).toEqual(expected.map(({ start, end }) => [start, end]));
  const hashedIdOf = new Map<string, string>();
  expected.forEach((plain, k) => {
    const found = actual[k]!;
    if (!teamIds.has(plain.entryId)) {
      expect(found).toEqual(plain);
      return;
    }
    expect(found.teamList).toBe('Sales EMEA');
    expect(found.term).toBe(text.slice(found.start, found.end));
    expect(found.entryId).toMatch(/^emea#[ncde][0-9a-f]{10}$/);
    // One team term, one id: the same term of the same entry always gets the same hashed id.
    const termKey = `${plain.entryId}\u0000${plain.term}`;
    expect(hashedIdOf.get(termKey) ?? found.entryId).toBe(found.entryId);
    hashedIdOf.set(termKey, found.entryId);
  });
}

describe('a hashed team list, for any list and text', () => {
  it('matches exactly where the same list matches in plain text', () => {
    const withText = list('t').chain((team) => fc.tuple(fc.constant(team), textAround(team)));
    fc.assert(
      fc.property(withText, ([team, text]) => {
        const expected = createMatcher(team, { now: NOW }).scan(text);
        expectSameFinds(text, expected, hashedMatcher(team).scan(text), new Set(team.map((e) => e.id)));
      }),
      { numRuns: 400 },
    );
  });

  it('beside a personal list, matches as the two lists would together, the personal entry winning a tie', () => {
    const withText = fc
      .tuple(list('p'), list('t'))
      .chain(([personal, team]) => fc.tuple(fc.constant(personal), fc.constant(team), textAround([...personal, ...team])));
    fc.assert(
      fc.property(withText, ([personal, team, text]) => {
        const expected = createMatcher([...personal, ...team], { now: NOW }).scan(text);
        expectSameFinds(text, expected, hashedMatcher(team, personal).scan(text), new Set(team.map((e) => e.id)));
      }),
      { numRuns: 300 },
    );
  });
});
