// The alternatives the matcher is measured against, made as fair as their designs allow:
// both get the same folded terms and scan text folded the same way (native NFKD, marks stripped,
// lower case), both apply Unicode letter/number boundaries and pick leftmost-longest.
// Neither handles whitespace runs inside names, domain/email rules or offsets back into the
// original text: they do less work than the matcher.
import AhoCorasick from 'modern-ahocorasick';
import { compileMatcher } from '../utils/matcher/compile';
import type { MatchableEntry } from '../utils/model/watchlist';

/** Native folding, as a simple implementation would do it. */
export function nativeFold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface Scanner {
  scan(text: string): { start: number; end: number }[];
}

/** Every guarded term (names, aliases, contacts, domains), folded, longest first, deduplicated. */
export function foldedTerms(entries: readonly MatchableEntry[]): string[] {
  const compiled = compileMatcher(entries);
  const terms = new Set(compiled.terms.map(nativeFold));
  return [...terms].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One V8 RegExp: an alternation of every term between Unicode letter/number boundaries. */
export function buildRegExpAlternation(entries: readonly MatchableEntry[]): Scanner {
  const alternation = foldedTerms(entries).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
  pattern.exec('force compilation'); // V8 compiles lazily, on first use
  return {
    scan(text) {
      const folded = nativeFold(text);
      const matches: { start: number; end: number }[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
        matches.push({ start: m.index, end: m.index + m[0].length });
      }
      return matches;
    },
  };
}

/** modern-ahocorasick over the folded terms, with its Unicode boundary and leftmost-longest. */
export function buildAhoCorasick(entries: readonly MatchableEntry[]): Scanner {
  const automaton = new AhoCorasick(foldedTerms(entries), { boundary: 'unicode' });
  return {
    scan(text) {
      return automaton.search(nativeFold(text), { strategy: 'leftmost-longest' });
    },
  };
}
