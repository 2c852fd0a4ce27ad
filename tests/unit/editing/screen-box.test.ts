// The clipping both kinds of marks go through: under a name in a field (measured on a copy, then
// moved onto the field) and under a name in a rich editor (measured in place).
import { describe, expect, it } from 'vitest';
import { clippedBox } from '../../../utils/editing/screen-box';

// An editor's visible text area, as getBoundingClientRect gives it.
const editor = { left: 100, top: 50, right: 400, bottom: 150 };

describe('clippedBox', () => {
  it.each([
    [
      'a name wholly inside the editor keeps its box',
      { left: 120, top: 60, right: 180, bottom: 78 },
      { left: 120, top: 60, width: 60, height: 18 },
    ],
    [
      'a name half scrolled past the left edge keeps its visible half',
      { left: 70, top: 60, right: 130, bottom: 78 },
      { left: 100, top: 60, width: 30, height: 18 },
    ],
    [
      'a name cut by the bottom edge keeps the part above it',
      { left: 120, top: 140, right: 180, bottom: 158 },
      { left: 120, top: 140, width: 60, height: 10 },
    ],
    ['a name scrolled above the editor draws nothing', { left: 120, top: 20, right: 180, bottom: 38 }, null],
    ['a name past the right edge draws nothing', { left: 410, top: 60, right: 470, bottom: 78 }, null],
    ['a sliver under a pixel wide draws nothing', { left: 399.5, top: 60, right: 460, bottom: 78 }, null],
    ['a sliver under a pixel high draws nothing', { left: 120, top: 149.2, right: 180, bottom: 170 }, null],
    ['exactly a pixel is drawn', { left: 399, top: 149, right: 460, bottom: 170 }, { left: 399, top: 149, width: 1, height: 1 }],
  ])('%s', (_case, rect, expected) => {
    expect(clippedBox(rect, editor)).toEqual(expected);
  });

  it('moves the box before clipping it: a box measured on the copy lands where the field shows it', () => {
    // Measured 10 px from the copy's corner; the field's text starts at (100, 50) and is scrolled 15 px down.
    const measured = { left: 10, top: 10, right: 70, bottom: 28 };
    expect(clippedBox(measured, editor, 100, 50 - 15)).toEqual({ left: 110, top: 50, width: 60, height: 13 });
    expect(clippedBox(measured, editor, 100, 50)).toEqual({ left: 110, top: 60, width: 60, height: 18 });
  });
});
