import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedRegion } from '../../../utils/editing/text-diff';

describe('changedRegion', () => {
  it.each([
    ['typing at the end', 'Hello Acm', 'Hello Acme', { start: 9, removedEnd: 9, insertedEnd: 10 }],
    ['typing at the start', 'cme', 'Acme', { start: 0, removedEnd: 0, insertedEnd: 1 }],
    ['deleting in the middle', 'Acme Robotics', 'Acme Rbotics', { start: 6, removedEnd: 7, insertedEnd: 6 }],
    ['replacing a word', 'meet Acme today', 'meet Globex today', { start: 5, removedEnd: 9, insertedEnd: 11 }],
    ['a repeated letter does not overlap prefix and suffix', 'aa', 'aaa', { start: 2, removedEnd: 2, insertedEnd: 3 }],
    ['clearing the text', 'Acme', '', { start: 0, removedEnd: 4, insertedEnd: 0 }],
  ])('%s', (_case, previous, next, expected) => {
    expect(changedRegion(previous, next)).toEqual(expected);
  });

  it('returns null for equal texts', () => {
    expect(changedRegion('same', 'same')).toBeNull();
  });

  it('always describes an edit that turns the previous text into the next', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (previous, next) => {
        const change = changedRegion(previous, next);
        if (!change) return previous === next;
        const rebuilt = previous.slice(0, change.start) + next.slice(change.start, change.insertedEnd) + previous.slice(change.removedEnd);
        return rebuilt === next && change.removedEnd >= change.start && change.insertedEnd >= change.start;
      }),
    );
  });

  it('finds the same region in long texts as a character-by-character comparison', () => {
    const byCharacter = (previous: string, next: string) => {
      let start = 0;
      while (start < Math.min(previous.length, next.length) && previous[start] === next[start]) start++;
      let suffix = 0;
      while (suffix < Math.min(previous.length, next.length) - start && previous.at(-1 - suffix) === next.at(-1 - suffix)) suffix++;
      return { start, removedEnd: previous.length - suffix, insertedEnd: next.length - suffix };
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 0, maxLength: 2000 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 600 }), text, (previous, at, remove, insert) => {
        const position = at % (previous.length + 1);
        const next = previous.slice(0, position) + insert.slice(0, 300) + previous.slice(position + remove);
        if (next === previous) return;
        expect(changedRegion(previous, next)).toEqual(byCharacter(previous, next));
      }),
    );
  });
});
