import { describe, expect, it } from 'vitest';
import { cleanDomain, compileMatcher, isEmailAddress } from '../../../utils/matcher/compile';
import { COMPILED_MATCHER_VERSION, type CompiledMatcher } from '../../../utils/matcher/types';
import { createMatcher, entryNamesOf, matcherFromCompiled } from '../../../utils/matcher/matcher';
import type { MatchableEntry, ProspectEntry } from '../../../utils/model/watchlist';

const now = new Date(2026, 0, 10, 9);

describe('compileMatcher', () => {
  const entries: MatchableEntry[] = [
    {
      id: 'acme',
      name: 'Acme Robotics',
      aliases: ['ACME', 'acme'],
      contacts: ['Bob@Acme.com', 'Jane Doe'],
      domains: ['acme.com'],
      status: 'open',
    },
    { id: 'won', name: 'Won Corp', status: 'won' },
    { id: 'lost', name: 'Lost Corp', status: 'lost' },
    { id: 'expired', name: 'Old Corp', status: 'open', guardUntil: '2026-01-09' },
    { id: 'case', name: 'Orange', status: 'open', matchCase: true, guardUntil: '2026-01-10' },
    { id: 'empty', name: ' - ', status: 'open' },
  ];

  it('keeps only guarded entries with something to match, each term once', () => {
    const compiled = compileMatcher(entries, { now });
    expect(compiled.ids).toEqual(['acme', 'case']);
    expect(compiled.terms).toEqual(['Acme Robotics', 'ACME', 'Bob@Acme.com', 'Jane Doe', 'acme.com', 'Orange']);
    expect(compiled.termCounts).toEqual([5, 1]);
    expect(compiled.kinds).toBe('002031');
  });

  it('carries each entry’s name as in the list, for the caution to say who a typed word stands for', () => {
    const compiled = compileMatcher(entries, { now });
    expect(compiled.names).toEqual(['Acme Robotics', 'Orange']);
    expect(entryNamesOf(compiled)).toEqual(
      new Map([
        ['acme', 'Acme Robotics'],
        ['case', 'Orange'],
      ]),
    );
    expect(() => matcherFromCompiled({ ...compiled, names: ['Acme Robotics'] })).toThrow(
      `not a prospect-guard-matcher version ${COMPILED_MATCHER_VERSION} object`,
    );
  });

  it('stores folded keys, leaving them out when a term is its own key', () => {
    const compiled = compileMatcher(entries, { now });
    expect(compiled.keys).toEqual(['acme robotics', 'acme', 'bob@acme.com', 'jane doe', '', 'orange']);
  });

  it('never carries what matching does not need (notes, statuses, dates, source)', () => {
    const stored: ProspectEntry = {
      ...entries[0]!,
      note: 'secret deal notes',
      source: { kind: 'own' },
      createdAt: 1,
      updatedAt: 2,
    };
    const json = JSON.stringify(compileMatcher([stored], { now }));
    expect(json).not.toContain('secret');
    expect(json).not.toContain('createdAt');
    expect(json).not.toContain('open');
  });

  it('is plain JSON: a JSON round trip scans exactly the same', () => {
    const compiled = compileMatcher(entries, { now });
    const shipped = JSON.parse(JSON.stringify(compiled)) as CompiledMatcher;
    expect(shipped).toEqual(compiled);
    const text = 'Acme Robotics, ACME, bob@acme.com, jane doe, www.acme.com, Orange, orange, Won Corp, Old Corp';
    expect(matcherFromCompiled(shipped).scan(text)).toEqual(createMatcher(entries, { now }).scan(text));
    expect(matcherFromCompiled(shipped).scan(text)).toHaveLength(6);
  });
});

describe('matcherFromCompiled', () => {
  const valid = compileMatcher([{ id: 'a', name: 'Acme', status: 'open' }]);
  it.each([
    ['null', null],
    ['a raw entry list', [{ id: 'a', name: 'Acme', status: 'open' }]],
    ['another format', { ...valid, format: 'other' }],
    ['a future version', { ...valid, version: COMPILED_MATCHER_VERSION + 1 }],
    ['the previous version', { ...valid, version: COMPILED_MATCHER_VERSION - 1 }],
    ['mismatched term arrays', { ...valid, keys: [] }],
    ['wrong term counts', { ...valid, termCounts: [2] }],
  ])('rejects %s with a sentence saying what to do', (_what, compiled) => {
    expect(() => matcherFromCompiled(compiled as unknown as CompiledMatcher)).toThrow(
      new RegExp(
        `^The compiled watchlist is not a prospect-guard-matcher version ${COMPILED_MATCHER_VERSION} object; recompile it with compileMatcher`,
      ),
    );
  });
});

describe('cleanDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['  Acme.COM ', 'Acme.COM'],
    ['https://www.acme.com/about?x#y', 'acme.com'],
    ['http://user@shop.acme.com:8443/', 'shop.acme.com'],
    ['@acme.com', 'acme.com'],
    ['*.acme.com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['acme .com', ''],
  ])('of %j is %j', (raw, domain) => {
    expect(cleanDomain(raw)).toBe(domain);
  });
});

describe('isEmailAddress', () => {
  it.each([
    ['bob@acme.com', true],
    [' Bob.Smith+x@acme.co.uk ', true],
    ['Bob Smith', false],
    ['bob @acme.com', false],
    ['@acme.com', false],
  ])('%j → %s', (contact, isEmail) => {
    expect(isEmailAddress(contact)).toBe(isEmail);
  });
});
