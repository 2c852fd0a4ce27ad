import { describe, expect, it } from 'vitest';
import { placeCaution } from '../../../utils/editing/caution-placement';
import type { Box } from '../../../utils/editing/screen-box';

const viewport = { width: 1000, height: 800 };
const caution = { width: 200, height: 60 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCaution', () => {
  it.each([
    ['below the editor, right-aligned, when there is room', { left: 100, top: 100, width: 500, height: 200 }, { left: 400, top: 304 }],
    ['above the editor when it sits at the bottom of the window', { left: 100, top: 700, width: 500, height: 90 }, { left: 400, top: 636 }],
    [
      'inside the bottom-right corner of an editor filling the window',
      { left: 0, top: 0, width: 1000, height: 800 },
      { left: 796, top: 736 },
    ],
    ['inside the viewport for an editor wider than the window', { left: -50, top: 100, width: 2000, height: 100 }, { left: 796, top: 204 }],
    ['inside the viewport for an editor scrolled off the top', { left: 100, top: -500, width: 500, height: 200 }, { left: 400, top: 4 }],
  ])('%s', (_case, editor, expected) => {
    expect(placeCaution(editor, caution, viewport)).toEqual(expected);
  });

  it.each([
    ['a Send button under the bottom-right corner', { left: 520, top: 305, width: 80, height: 30 }, { left: 100, top: 304 }],
    ['a whole toolbar under the editor', { left: 0, top: 304, width: 1000, height: 40 }, { left: 400, top: 36 }],
  ])('keeps off %s', (_case, control, expected) => {
    const editor = { left: 100, top: 100, width: 500, height: 200 };
    const placed = placeCaution(editor, caution, viewport, (box) => !overlaps(box, control));
    expect(placed).toEqual(expected);
    expect(overlaps({ ...placed, ...caution }, control)).toBe(false);
  });

  it('takes the first place that fits when every place covers a control', () => {
    const editor = { left: 100, top: 100, width: 500, height: 200 };
    expect(placeCaution(editor, caution, viewport, () => false)).toEqual({ left: 400, top: 304 });
  });
});
