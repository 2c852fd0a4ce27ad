import { describe, expect, it } from 'vitest';
import { createMatcher, type Match } from '../../../utils/matcher/matcher';
import type { MatchableEntry } from '../../../utils/model/watchlist';

const open = (id: string, name: string, more: Partial<MatchableEntry> = {}): MatchableEntry => ({
  id,
  name,
  status: 'open',
  ...more,
});

/** What a scan found, as [matched original text, entry id, term]. */
function found(entries: MatchableEntry[], text: string): [string, string, string][] {
  return createMatcher(entries)
    .scan(text)
    .map((match: Match) => [text.slice(match.start, match.end), match.entryId, match.term]);
}

describe('names: case, accents, width, apostrophes, dashes, whitespace', () => {
  const entries = [open('sg', 'Société Générale'), open('lo', "L'Oréal"), open('jp', 'Jean-Pierre Martin'), open('ar', 'Acme Robotics')];
  it.each([
    ['SOCIETE GENERALE', 'SOCIETE GENERALE', 'sg'],
    ['société générale', 'société générale', 'sg'],
    ['decomposed: Socie\u0301te\u0301 Ge\u0301ne\u0301rale.', 'Socie\u0301te\u0301 Ge\u0301ne\u0301rale', 'sg'],
    ['full width: ＳＯＣＩＥＴＥ ＧＥＮＥＲＡＬＥ', 'ＳＯＣＩＥＴＥ ＧＥＮＥＲＡＬＥ', 'sg'],
    ['curly: L’Oréal', 'L’Oréal', 'lo'],
    ["straight, no accent: l'oreal", "l'oreal", 'lo'],
    ['modifier apostrophe: Lʼoreal', 'Lʼoreal', 'lo'],
    ['hyphen as space: jean pierre martin', 'jean pierre martin', 'jp'],
    ['en dash: Jean–Pierre Martin', 'Jean–Pierre Martin', 'jp'],
    ['non-breaking hyphen: Jean\u2011Pierre Martin', 'Jean\u2011Pierre Martin', 'jp'],
    ['line break inside: Acme\r\n   Robotics', 'Acme\r\n   Robotics', 'ar'],
    ['tabs and nbsp: Acme\t\u00A0Robotics', 'Acme\t\u00A0Robotics', 'ar'],
    ['soft hyphen inside a word: Ac\u00ADme Robotics', 'Ac\u00ADme Robotics', 'ar'],
  ])('finds %s', (text, matched, id) => {
    expect(found(entries, text)).toEqual([[matched, id, entries.find((e) => e.id === id)!.name]]);
  });
});

describe('whole words, Unicode-aware', () => {
  const entries = [open('acme', 'Acme'), open('att', 'AT&T'), open('3m', '3M'), open('lo', "L'Oréal"), open('zu', 'Zürich Re')];
  it.each([
    ['Acmeology', []],
    ['NotAcme', []],
    ['acme2', []],
    ['Acmé', [['Acmé', 'acme']]],
    ['Acme’s results', [['Acme', 'acme']]],
    ['(Acme)', [['Acme', 'acme']]],
    ['acme_corp', [['acme', 'acme']]],
    ['Ácme', [['Ácme', 'acme']]],
    ['ÀAcme', []],
    ['AT&T', [['AT&T', 'att']]],
    ['at&t.', [['at&t', 'att']]],
    ['AT&Tx', []],
    ['spaces never matter between tokens: AT & T', [['AT & T', 'att']]],
    ['BAT&T', []],
    ['3M', [['3M', '3m']]],
    ['13M', []],
    ['3Ms', []],
    ["L'Oréal Paris", [["L'Oréal", 'lo']]],
    ['Oréal', []],
    ['Zurich RE', [['Zurich RE', 'zu']]],
    ['Zürich Réassurance', []],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, id]) => [matched, id])).toEqual(expected);
  });
});

describe('scripts written without spaces', () => {
  const entries = [open('tepco', '東京電力'), open('sony', 'ソニー'), open('th', 'ไทย'), open('ko', '삼성')];
  it.each([
    ['私は東京電力の社員です', '東京電力'],
    ['ソニーグループ', 'ソニー'],
    ['half-width ｿﾆｰの', 'ｿﾆｰ'],
    ['ประเทศไทยดี', 'ไทย'],
    ['삼성 전자', '삼성'],
  ])('finds a name inside %j', (text, matched) => {
    expect(found(entries, text).map(([m]) => m)).toEqual([matched]);
  });

  it('still needs word boundaries in scripts written with spaces (Korean)', () => {
    expect(found(entries, '삼성전자')).toEqual([]);
  });
});

describe('contacts', () => {
  const entries = [open('acme', 'Acme Robotics', { contacts: ['Bob.Smith@Acme.com', 'Marie-Claire Dubois'] })];
  it.each([
    ['write to bob.smith@acme.com today', [['bob.smith@acme.com', 'Bob.Smith@Acme.com']]],
    ['<BOB.SMITH@ACME.COM>', [['BOB.SMITH@ACME.COM', 'Bob.Smith@Acme.com']]],
    ['mailto:bob.smith@acme.com?subject=x', [['bob.smith@acme.com', 'Bob.Smith@Acme.com']]],
    ['end of sentence bob.smith@acme.com.', [['bob.smith@acme.com', 'Bob.Smith@Acme.com']]],
    ['jim.bob.smith@acme.com', []],
    ['bob.smith@acme.com.au', []],
    ['xbob.smith@acme.com', []],
    ['ask Marie Claire DUBOIS', [['Marie Claire DUBOIS', 'Marie-Claire Dubois']]],
    ['Marie-Claire Duboisier', []],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, , term]) => [matched, term])).toEqual(expected);
  });
});

describe('domains', () => {
  const entries = [
    open('acme', 'Acme Robotics', { domains: ['acme.com'] }),
    open('dec', 'Decorated', { domains: ['https://www.Globex.co.uk/about'] }),
  ];
  it.each([
    ['acme.com', [['acme.com', 'acme.com']]],
    ['ACME.COM.', [['ACME.COM', 'acme.com']]],
    ['sales.eu.acme.com', [['acme.com', 'acme.com']]],
    ['https://www.acme.com/pricing?x=1', [['acme.com', 'acme.com']]],
    ['http://acme.com:8080/', [['acme.com', 'acme.com']]],
    ['jane@acme.com', [['acme.com', 'acme.com']]],
    ['jane@mail.acme.com', [['acme.com', 'acme.com']]],
    ['notacme.com', []],
    ['not-acme.com', []],
    ['acme.com.evil.net', []],
    ['acme.community', []],
    ['acme', []],
    ['another host: acme.com-offer.net', []],
    ['a path names it: x.io/docs/acme.com', [['acme.com', 'acme.com']]],
    [
      'globex.co.uk and www.GLOBEX.co.uk',
      [
        ['globex.co.uk', 'Globex.co.uk'],
        ['GLOBEX.co.uk', 'Globex.co.uk'],
      ],
    ],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, , term]) => [matched, term])).toEqual(expected);
  });
});

describe('internationalised domains', () => {
  const entries = [open('sg', 'SG', { domains: ['société.fr'], contacts: ['anaïs@société.fr'] })];
  it.each([
    ['www.SOCIETE.fr', [['SOCIETE.fr', 'société.fr']]],
    ['jo@société.fr', [['société.fr', 'société.fr']]],
    ['ANAIS@SOCIETE.FR', [['ANAIS@SOCIETE.FR', 'anaïs@société.fr']]],
    ['notsociété.fr', []],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, , term]) => [matched, term])).toEqual(expected);
  });
});

describe('matchCase', () => {
  const entries = [open('orange', 'Orange', { matchCase: true }), open('total', 'TotalEnergies', { aliases: ['Total'], matchCase: true })];
  it.each([
    ['I ate an orange', []],
    ['ORANGE', []],
    ['Orange signed', [['Orange', 'orange']]],
    ['total cost', []],
    [
      'Total and TotalEnergies',
      [
        ['Total', 'total'],
        ['TotalEnergies', 'total'],
      ],
    ],
    ['accents still fold: Tótal', [['Tótal', 'total']]],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, id]) => [matched, id])).toEqual(expected);
  });

  it('lets a case-insensitive entry with the same name match in any case', () => {
    const both = [...entries, open('orange-sa', 'orange sa')];
    expect(found(both, 'orange sa and Orange')).toEqual([
      ['orange sa', 'orange-sa', 'orange sa'],
      ['Orange', 'orange', 'Orange'],
    ]);
  });
});

describe('leftmost-longest', () => {
  const entries = [
    open('acme', 'Acme'),
    open('ar', 'Acme Robotics'),
    open('arc', 'Acme Robotics Canada Ltd'),
    open('rc', 'Robotics Canada'),
    open('dom', 'Domain Co', { domains: ['acme.com'], contacts: ['jo@acme.com'] }),
    open('jp', 'JP Co', { contacts: ['Jean Pierre', 'jean-pierre@acme.com'] }),
    open('my', 'My', { domains: ['my-shop.io'] }),
  ];
  it.each([
    ['Acme Robotics', [['Acme Robotics', 'ar']]],
    ['Acme Robotics Canada', [['Acme Robotics', 'ar']]],
    ['Acme Robotics Canada Ltd', [['Acme Robotics Canada Ltd', 'arc']]],
    ['Acme Robots', [['Acme', 'acme']]],
    ['the Robotics Canada team', [['Robotics Canada', 'rc']]],
    [
      'Acme Acme',
      [
        ['Acme', 'acme'],
        ['Acme', 'acme'],
      ],
    ],
    ['jo@acme.com', [['jo@acme.com', 'dom']]],
    ['x@acme.com', [['acme.com', 'dom']]],
    ['www.acme.com', [['acme.com', 'dom']]],
    ['jean-pierre@acme.com', [['jean-pierre@acme.com', 'jp']]],
    ['Jean-Pierre wrote', [['Jean-Pierre', 'jp']]],
    ['see my-shop.io', [['my-shop.io', 'my']]],
    ['My shop', [['My', 'my']]],
  ])('in %j finds %j', (text, expected) => {
    expect(found(entries, text).map(([matched, id]) => [matched, id])).toEqual(expected);
  });
});

describe('offsets into the original text', () => {
  const entries = [open('st', 'Straße AG'), open('fi', 'ﬁnance corp'), open('ab', 'Ab'), open('em', 'Émile')];
  it.each([
    ['Straße AG', 0, 9],
    ['x STRASSE AG', 2, 12],
    ['👋 Strasse ag', 3, 13],
    ['ﬁnance corp', 0, 11],
    ['Finance Corp', 0, 12],
    ['𝐀𝐛!', 0, 4],
    ['😀 E\u0301mile\u0301 ok', 3, 10],
  ])('in %j the match is [%i, %i)', (text, start, end) => {
    const [match] = createMatcher(entries).scan(text);
    expect([match?.start, match?.end]).toEqual([start, end]);
  });

  it('stays exact far into a text whose folding changed its length many times', () => {
    const text = `${'ßﬁ😀e\u0301 '.repeat(3000)}Straße AG ${'ǅ'.repeat(2000)} Ab`;
    const matches = createMatcher(entries).scan(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Straße AG', 'Ab']);
  });

  it('never starts or ends a match inside one character’s expansion', () => {
    // "½" folds to "1⁄2": the "2" inside it is not a word of its own.
    expect(found([open('two', '2')], '½ and 2')).toEqual([['2', 'two', '2']]);
  });
});

describe('entries that never match', () => {
  const now = new Date(2026, 5, 15, 12);
  it.each([
    ['won', open('w', 'Acme', { status: 'won' }), false],
    ['lost', open('l', 'Acme', { status: 'lost' }), false],
    ['guardUntil yesterday', open('y', 'Acme', { guardUntil: '2026-06-14' }), false],
    ['guardUntil today', open('t', 'Acme', { guardUntil: '2026-06-15' }), true],
    ['guardUntil tomorrow', open('m', 'Acme', { guardUntil: '2026-06-16' }), true],
    ['guardUntil unreadable (kept guarded)', open('u', 'Acme', { guardUntil: 'soon' }), true],
  ])('%s', (_what, entry, matches) => {
    expect(createMatcher([entry], { now }).scan('Acme').length).toBe(matches ? 1 : 0);
  });

  it('guards through the last minute of the guardUntil day, local time', () => {
    const entry = open('t', 'Acme', { guardUntil: '2026-06-15' });
    expect(createMatcher([entry], { now: new Date(2026, 5, 15, 23, 59, 59) }).scan('Acme')).toHaveLength(1);
    expect(createMatcher([entry], { now: new Date(2026, 5, 16, 0, 0, 0) }).scan('Acme')).toHaveLength(0);
  });
});

describe('scan', () => {
  it('finds nothing in an empty text or with an empty list', () => {
    expect(createMatcher([open('a', 'Acme')]).scan('')).toEqual([]);
    expect(createMatcher([]).scan('Acme')).toEqual([]);
  });

  it('ignores names with nothing to match', () => {
    expect(createMatcher([open('blank', ' — '), open('a', 'Acme')]).scan('— Acme')).toEqual([
      { start: 2, end: 6, entryId: 'a', term: 'Acme' },
    ]);
  });

  it('gives the same result when scanning again after a longer text', () => {
    const matcher = createMatcher([open('a', 'Acme')]);
    const first = matcher.scan('Acme'.padEnd(5000, ' x'));
    expect(first).toHaveLength(1);
    expect(matcher.scan('an Acme')).toEqual([{ start: 3, end: 7, entryId: 'a', term: 'Acme' }]);
  });
});

describe('long texts (past the shared scan buffers)', () => {
  const entries = [open('a', 'Acme Robotics'), open('s', 'Straße AG')];
  // Texts up to SCAN_BUFFER_CAPACITY units fold into buffers shared by every scanner; others,
  // or those whose fold outgrows them, into the matcher's own.
  it.each([
    ['a text longer than the shared buffers', 'x '.repeat(20_000)],
    ['a text that fits but whose fold does not (ﬃ → ffi)', '\uFB03 '.repeat(15_000)],
    ['a short text', 'x '.repeat(10)],
  ])('finds names after %s', (_, filler) => {
    const text = `${filler}ACME  Robotics, Strasse AG`;
    expect(found(entries, text)).toEqual([
      ['ACME  Robotics', 'a', 'Acme Robotics'],
      ['Strasse AG', 's', 'Straße AG'],
    ]);
  });

  it('two matchers scanning in turn do not disturb each other', () => {
    const first = createMatcher([open('a', 'Acme')]);
    const second = createMatcher([open('b', 'Beta')]);
    expect(first.scan('Acme and Beta')).toEqual([{ start: 0, end: 4, entryId: 'a', term: 'Acme' }]);
    expect(second.scan('Beta and Acme')).toEqual([{ start: 0, end: 4, entryId: 'b', term: 'Beta' }]);
    expect(first.scan('x Acme')).toEqual([{ start: 2, end: 6, entryId: 'a', term: 'Acme' }]);
  });
});
