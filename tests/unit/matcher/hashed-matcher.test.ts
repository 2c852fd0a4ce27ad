// Hashed team lists in the matcher, case by case: what a hashed entry matches (as a personal one
// does), what a hit reports, and that the compiled form a tab receives holds no readable name.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  hashWatchlist,
  matcherFromCompiled,
  type CompiledMatcher,
  type MatchableEntry,
} from '../../../utils/matcher/matcher';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);

const TEAM: MatchableEntry[] = [
  {
    id: 'a',
    name: 'Acme Robotics',
    aliases: ['ACME Corp'],
    contacts: ['Jean-Pierre Dubois', 'jp.dubois@acme.com'],
    domains: ['acme.com'],
    status: 'open',
  },
  { id: 'o', name: 'Orange', matchCase: true, status: 'open' },
  { id: 's', name: 'Société Générale Assurances', status: 'open' },
  { id: 'w', name: 'Initech', status: 'won' },
];

function hashedList(entries: MatchableEntry[], listId = 'sales-emea', listName = 'Sales EMEA', key = KEY) {
  return { ...hashWatchlist(entries, key), listId, listName };
}

function matcherWith(personal: MatchableEntry[], ...lists: ReturnType<typeof hashedList>[]) {
  const compiled = JSON.parse(JSON.stringify(compileMatcher(personal, { hashedLists: lists }))) as CompiledMatcher;
  return matcherFromCompiled(compiled);
}

const found = (text: string, matcher = matcherWith([], hashedList(TEAM))) =>
  matcher.scan(text).map((match) => text.slice(match.start, match.end));

describe('a hashed team list matches as a personal list does', () => {
  it.each([
    ['a multi-word name in any case and accents', 'call ACME ROBOTICS today', ['ACME ROBOTICS']],
    ['a name split over a line break and a dash', 'with acme\nrobotics', ['acme\nrobotics']],
    ['an alias', 'Acme corp signed', ['Acme corp']],
    ['a person among the contacts', 'ask jean pierre dubois', ['jean pierre dubois']],
    ['an email contact', 'mail JP.Dubois@ACME.com now', ['JP.Dubois@ACME.com']],
    ['the domain in a URL and in a subdomain', 'see https://www.acme.com/x and eu.acme.com', ['acme.com', 'acme.com']],
    ['the domain of any address on it', 'from anyone@acme.com', ['acme.com']],
    ['a name without its accents', 'Societe Generale Assurances', ['Societe Generale Assurances']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['inside a longer word', 'Acme Roboticsy'],
    ['a part of a multi-word name', 'Acme alone, robotics alone'],
    ['a look-alike domain', 'notacme.com and acme.community'],
    ['a won deal', 'Initech'],
    ['a case-sensitive name in the wrong case', 'an orange juice'],
  ])('not %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('matches a case-sensitive name written as listed', () => {
    expect(found('Orange signed')).toEqual(['Orange']);
  });
});

describe('what a hashed hit reports', () => {
  it('the words as typed and the list name; the entry id is the list id, the kind and the term’s hash, one per term', () => {
    // By design since compiled form 2: a hashed list keeps no entries, so a name, its alias and
    // its email are three ids (docs/team-lists.md).
    const text = 'ACME robotics, jp.dubois@acme.com, acme corp, Acme Robotics';
    const matches = matcherWith([], hashedList(TEAM)).scan(text);
    expect(matches).toEqual([
      { start: 0, end: 13, entryId: expect.stringMatching(/^sales-emea#n[0-9a-f]{10}$/), term: 'ACME robotics', teamList: 'Sales EMEA' },
      {
        start: 15,
        end: 33,
        entryId: expect.stringMatching(/^sales-emea#e[0-9a-f]{10}$/),
        term: 'jp.dubois@acme.com',
        teamList: 'Sales EMEA',
      },
      { start: 35, end: 44, entryId: expect.stringMatching(/^sales-emea#n[0-9a-f]{10}$/), term: 'acme corp', teamList: 'Sales EMEA' },
      { start: 46, end: 59, entryId: matches[0]!.entryId, term: 'Acme Robotics', teamList: 'Sales EMEA' },
    ]);
    expect(new Set(matches.map((match) => match.entryId)).size).toBe(3);
  });

  it('a case-sensitive name’s own id, unless the same words are also listed in any case', () => {
    const caseful = matcherWith([], hashedList(TEAM)).scan('Orange');
    expect(caseful).toMatchObject([{ entryId: expect.stringMatching(/^sales-emea#c[0-9a-f]{10}$/) }]);
    const both = matcherWith([], hashedList([...TEAM, { id: 'any', name: 'orange', status: 'open' }])).scan('Orange');
    expect(both).toMatchObject([{ entryId: expect.stringMatching(/^sales-emea#n[0-9a-f]{10}$/) }]);
  });

  it('the same entry id in the next version of the list', () => {
    const before = matcherWith([], hashedList(TEAM)).scan('Acme Robotics')[0]!.entryId;
    const after = matcherWith([], hashedList([{ id: 'new', name: 'Globex', status: 'open' }, ...TEAM])).scan('Acme Robotics')[0]!.entryId;
    expect(after).toBe(before);
  });

  it('the personal entry when both lists name the same thing, and the longer name when one is longer', () => {
    const personal: MatchableEntry[] = [{ id: 'mine', name: 'Acme', status: 'open' }];
    const matcher = matcherWith(personal, hashedList(TEAM));
    expect(matcher.scan('Acme Robotics')).toMatchObject([{ term: 'Acme Robotics', teamList: 'Sales EMEA' }]);
    expect(matcherWith([{ id: 'mine', name: 'Acme Robotics', status: 'open' }], hashedList(TEAM)).scan('acme robotics')).toEqual([
      { start: 0, end: 13, entryId: 'mine', term: 'Acme Robotics' },
    ]);
  });

  it('the first of two hashed lists naming the same prospect', () => {
    const matcher = matcherWith([], hashedList(TEAM, 'emea', 'Sales EMEA'), hashedList(TEAM, 'apac', 'Sales APAC', OTHER_KEY));
    expect(matcher.scan('Acme Robotics')).toMatchObject([{ teamList: 'Sales EMEA' }]);
    const onlyApac = matcherWith([], hashedList([TEAM[2]!], 'emea', 'Sales EMEA'), hashedList(TEAM, 'apac', 'Sales APAC', OTHER_KEY));
    expect(onlyApac.scan('Acme Robotics')).toMatchObject([{ teamList: 'Sales APAC', entryId: expect.stringMatching(/^apac#/) }]);
  });
});

describe('compiling again', () => {
  it('follows a new version of the list and a new name for the same one', () => {
    const first = hashedList(TEAM);
    expect(found('Globex', matcherWith([], first))).toEqual([]);
    const renamed = { ...first, listName: 'Sales Europe' };
    expect(matcherWith([], renamed).scan('Acme Robotics')).toMatchObject([{ teamList: 'Sales Europe' }]);
    const next = hashedList([...TEAM, { id: 'g', name: 'Globex', status: 'open' }]);
    expect(found('Globex or Acme Robotics', matcherWith([], next))).toEqual(['Globex', 'Acme Robotics']);
    expect(found('Globex', matcherWith([], renamed))).toEqual([]);
  });
});

describe('the compiled form a tab receives', () => {
  it('holds no name, alias, contact, domain or word of one from a hashed list', () => {
    const shipped = JSON.stringify(compileMatcher([], { hashedLists: [hashedList(TEAM)] })).toLowerCase();
    for (const secret of ['acme', 'robotics', 'dubois', 'jean', 'orange', 'societe', 'société', 'generale', 'assurances']) {
      expect(shipped).not.toContain(secret);
    }
  });

  it('gives unrelated hashes for the same list under another key', () => {
    const first = hashWatchlist(TEAM, KEY).entries.flat();
    const second = new Set(hashWatchlist(TEAM, OTHER_KEY).entries.flat());
    expect(first.filter((term) => second.has(term))).toEqual([]);
  });

  it('is refused when a hashed list is not what the compiler wrote', () => {
    const compiled = compileMatcher([], { hashedLists: [hashedList(TEAM)] });
    const broken = { ...compiled, hashed: [{ ...compiled.hashed![0]!, sets: 'many' }] } as unknown as CompiledMatcher;
    expect(() => matcherFromCompiled(broken)).toThrow(/recompile it/);
    const names = compiled.hashed![0]!.sets.n!;
    const truncated = { ...compiled, hashed: [{ ...compiled.hashed![0]!, sets: { ...compiled.hashed![0]!.sets, n: names.slice(0, -8) } }] };
    expect(() => matcherFromCompiled(truncated)).toThrow(
      /^The “n” terms of the team list “Sales EMEA” cannot be read \(A coded set is cut or padded: its header calls for \d+ bytes; it has \d+\.\); compile it again\.$/,
    );
    expect(() => compileMatcher([], { hashedLists: [{ ...hashedList(TEAM), entries: [['xNOTAHASH']] }] })).toThrow(
      /Entry 1 of the team list “Sales EMEA”/,
    );
  });
});
