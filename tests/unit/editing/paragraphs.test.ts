import { describe, expect, it } from 'vitest';
import { lineEndAfter, lineStartBefore, paragraphWindow } from '../../../utils/editing/paragraphs';

const text = 'one\ntwo\nthree\nfour';
//            0123 4567 890123 4567

describe('line boundaries', () => {
  it.each([
    ['inside the first line', 2, 0, 0],
    ['inside the third line', 10, 0, 8],
    ['at the start of a line', 8, 0, 8],
    ['one extra line back', 10, 1, 4],
    ['more extra lines than exist', 10, 5, 0],
  ])('lineStartBefore %s', (_case, index, extra, expected) => {
    expect(lineStartBefore(text, index, extra)).toBe(expected);
  });

  it.each([
    ['inside the first line', 1, 0, 3],
    ['on a newline itself', 3, 0, 3],
    ['one extra line forward', 1, 1, 7],
    ['past the last line', 15, 2, 18],
  ])('lineEndAfter %s', (_case, index, extra, expected) => {
    expect(lineEndAfter(text, index, extra)).toBe(expected);
  });
});

describe('paragraphWindow', () => {
  it.each([
    ['an edit in the third line, one line of context', 9, 10, 1, { start: 4, end: 18 }],
    ['an edit in the third line, no context', 9, 10, 0, { start: 8, end: 13 }],
    ['an edit spanning two lines', 5, 9, 0, { start: 4, end: 13 }],
    ['the whole text', 0, 18, 1, { start: 0, end: 18 }],
  ])('%s', (_case, start, end, context, expected) => {
    expect(paragraphWindow(text, start, end, context)).toEqual(expected);
  });
});
