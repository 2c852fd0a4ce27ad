import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, createMatcher, matcherFromCompiled, TermKind, type CompiledMatcher } from '../../../utils/matcher/matcher';
import { nameKey } from '../../../utils/matcher/normalize';
import type { MatchableEntry } from '../../../utils/model/watchlist';

// Words that exercise folding: accents, expansions (ß, ligatures), symbols, scripts without spaces.
const VOCABULARY = [
  'Acme',
  'Robotics',
  'Société',
  'Générale',
  'Straße',
  'ﬁnance',
  "L'Oréal",
  'AT&T',
  '3M',
  'Zürich',
  'Œuvre',
  'Ångström',
  'Jean-Pierre',
  'Dubois',
  'Ñandú',
  'İstanbul',
  '東京',
  '電力',
  'ソニー',
  'ไทย',
  'Ｗｉｄｅ',
  '𝐌𝐚𝐭𝐡',
  'Ωmega',
  'co',
  'and',
];
const word = fc.constantFrom(...VOCABULARY);
const vocabularyName = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const anyName = fc.oneof(vocabularyName, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
const email = fc
  .tuple(fc.constantFrom('bob', 'jane.doe', 'x'), fc.constantFrom('acme.com', 'société.fr', 'mail.acme.com'))
  .map(([local, domain]) => `${local}@${domain}`);
const domain = fc.constantFrom('acme.com', 'Globex.co.uk', 'société.fr', 'ﬁnance.io');

const entry = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  name: anyName,
  aliases: fc.option(fc.array(anyName, { maxLength: 2 }), { nil: undefined }),
  contacts: fc.option(fc.array(fc.oneof(vocabularyName, email), { maxLength: 2 }), { nil: undefined }),
  domains: fc.option(fc.array(domain, { maxLength: 2 }), { nil: undefined }),
  status: fc.constantFrom('open', 'open', 'open', 'won', 'lost') as fc.Arbitrary<MatchableEntry['status']>,
  matchCase: fc.option(fc.boolean(), { nil: undefined }),
}) as fc.Arbitrary<MatchableEntry>;
const entries = fc.array(entry, { minLength: 1, maxLength: 6 });

/** Ways a person may write a name that must still match it. */
const SPELLINGS: ((name: string) => string)[] = [
  (name) => name,
  (name) => name.toUpperCase(),
  (name) => name.toLowerCase(),
  (name) => name.normalize('NFD'),
  (name) => name.normalize('NFKC'),
  (name) => name.replaceAll(' ', '\n  '),
  (name) => name.replaceAll(' ', '\u00A0').replaceAll('-', '–'),
  (name) => name.replaceAll("'", '’'),
];

/** A text made of names (spelled any way), random text, and separators. */
function textAround(list: MatchableEntry[]): fc.Arbitrary<string> {
  const terms = list.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.contacts ?? []), ...(e.domains ?? [])]);
  const piece = fc.oneof(
    fc.tuple(fc.constantFrom(...terms), fc.constantFrom(...SPELLINGS)).map(([term, spell]) => spell(term)),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom(' ', '\n', '.', '@', 'www.', 'not', '-', '😀', 'ß', 'e\u0301'),
  );
  return fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
}

const withText = entries.chain((list) => fc.tuple(fc.constant(list), textAround(list)));

describe('scan, for any watchlist and text', () => {
  it('returns sorted, non-overlapping matches inside the text that fold back to their term', () => {
    fc.assert(
      fc.property(withText, ([list, text]) => {
        const compiled = compileMatcher(list);
        const matches = createMatcher(list).scan(text);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          previousEnd = match.end;
          const slice = text.slice(match.start, match.end);
          expect(nameKey(slice)).toBe(nameKey(match.term));
          const owner = list.find((e) => e.id === match.entryId && e.status === 'open');
          expect(owner).toBeDefined();
          // The entry's own terms with this text: another entry may hold the same words with
          // the other case rule. Only when every one of them keeps case must the case match.
          const entryIndex = compiled.ids.indexOf(match.entryId);
          const first = compiled.termCounts.slice(0, entryIndex).reduce((sum, count) => sum + count, 0);
          const sameText = compiled.terms
            .map((term, index) => ({ term, kind: compiled.kinds[index] }))
            .slice(first, first + compiled.termCounts[entryIndex]!)
            .filter(({ term }) => term === match.term);
          expect(sameText.length).toBeGreaterThan(0);
          if (sameText.every(({ kind }) => kind === String(TermKind.caseSensitiveName))) {
            expect(nameKey(slice, true)).toBe(nameKey(match.term, true));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the case rule of the entry that matched when two entries write the same words', () => {
    const list: MatchableEntry[] = [
      { id: 'a', name: 'Dubois', status: 'open', matchCase: true },
      { id: 'b', name: 'Dubois', status: 'open' },
    ];
    expect(
      createMatcher(list)
        .scan('Lunch with DUBOIS')
        .map((match) => match.entryId),
    ).toEqual(['b']);
  });

  it('scans the same from a JSON round trip of the compiled form', () => {
    fc.assert(
      fc.property(withText, ([list, text]) => {
        const shipped = JSON.parse(JSON.stringify(compileMatcher(list))) as CompiledMatcher;
        expect(matcherFromCompiled(shipped).scan(text)).toEqual(createMatcher(list).scan(text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a guarded name however it is spelled, wherever it is written', () => {
    const planted = fc.record({
      name: vocabularyName,
      spell: fc.constantFrom(...SPELLINGS),
      before: fc.string({ unit: 'binary', maxLength: 10 }),
      after: fc.string({ unit: 'binary', maxLength: 10 }),
      others: fc.array(vocabularyName, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(planted, ({ name, spell, before, after, others }) => {
        const written = spell(name);
        const list: MatchableEntry[] = [
          { id: 'target', name, status: 'open' },
          ...others.map((other, i) => ({ id: `other${i}`, name: other, status: 'open' as const })),
        ];
        const start = before.length + 1;
        const text = `${before} ${written} ${after}`;
        const matches = createMatcher(list).scan(text);
        // Leftmost-longest may let an overlapping name win, but the place is never left unflagged.
        expect(matches.some((m) => m.start < start + written.length && m.end > start)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never finds a closed entry', () => {
    fc.assert(
      fc.property(withText, ([list, text]) => {
        const closed = list.map((e) => ({ ...e, status: 'won' as const }));
        expect(createMatcher(closed).scan(text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
