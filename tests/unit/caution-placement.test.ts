import { describe, expect, it } from 'vitest';
import { placeCaution } from '../../utils/caution-placement';

const viewport = { width: 1000, height: 800 };
const caution = { width: 200, height: 60 };

describe('placeCaution', () => {
  it.each([
    ['below the editor, right-aligned, when there is room', { left: 100, top: 100, width: 500, height: 200 }, { left: 400, top: 304 }],
    ['above the editor when it sits at the bottom of the window', { left: 100, top: 700, width: 500, height: 90 }, { left: 400, top: 636 }],
    ['inside the bottom-right corner of an editor filling the window', { left: 0, top: 0, width: 1000, height: 800 }, { left: 796, top: 736 }],
    ['inside the viewport for an editor wider than the window', { left: -50, top: 100, width: 2000, height: 100 }, { left: 796, top: 204 }],
    ['inside the viewport for an editor scrolled off the top', { left: 100, top: -500, width: 500, height: 200 }, { left: 400, top: 4 }],
  ])('%s', (_case, editor, expected) => {
    expect(placeCaution(editor, caution, viewport)).toEqual(expected);
  });
});
