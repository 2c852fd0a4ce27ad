import { describe, expect, it } from 'vitest';
import { badgeCandidates, layoutCaution, movedPlace, placeCaution } from '../../../utils/editing/caution-placement';
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

describe('layoutCaution', () => {
  const editor = { left: 100, top: 100, width: 500, height: 200 };
  const sizes = { card: caution, badge: { width: 40, height: 28 } };
  const covers = (controls: Box[]) => (box: Box) => !controls.some((control) => overlaps(box, control));

  it('shows the card in the first free place by the editor', () => {
    expect(layoutCaution(editor, sizes, viewport, covers([]))).toEqual({ form: 'card', left: 400, top: 304 });
  });

  it('shrinks to a badge by the editor’s corner when every card place covers a control', () => {
    // A toolbar above the editor, a list of buttons under it and a side panel to its right: no
    // room for the card (the editor itself is a control: its inside is the text being typed).
    const controls = [
      editor,
      { left: 0, top: 0, width: 1000, height: 96 },
      { left: 0, top: 302, width: 1000, height: 498 },
      { left: 660, top: 96, width: 340, height: 206 },
    ];
    const layout = layoutCaution(editor, sizes, viewport, covers(controls));
    expect(layout.form).toBe('badge');
    const badge = { left: layout.left, top: layout.top, ...sizes.badge };
    expect(controls.some((control) => overlaps(badge, control))).toBe(false);
    expect(overlaps(badge, editor)).toBe(false);
    expect(layout).toEqual({ form: 'badge', left: 604, top: 100 });
  });

  it('looks a little farther before giving up on the card: under the buttons right below the editor', () => {
    // An editor at the top of a column between two panels, its row of buttons right under it.
    const high = { left: 100, top: 40, width: 500, height: 200 };
    const sendRow = { left: 100, top: 244, width: 500, height: 40 };
    const panels = [
      { left: 0, top: 0, width: 100, height: 800 },
      { left: 604, top: 0, width: 396, height: 800 },
    ];
    const layout = layoutCaution(high, sizes, viewport, covers([high, sendRow, ...panels]));
    expect(layout).toEqual({ form: 'card', left: 400, top: 292 });
  });

  it('keeps the card in the corner of an editor that fills the window (no place is free at all)', () => {
    const whole = { left: 0, top: 0, width: 1000, height: 800 };
    expect(layoutCaution(whole, sizes, viewport, covers([whole]))).toEqual({ form: 'card', left: 796, top: 736 });
  });

  it('shows the badge when the person made it small, even with room for the card', () => {
    expect(layoutCaution(editor, sizes, viewport, covers([]), true)).toEqual({ form: 'badge', left: 604, top: 100 });
  });

  it('never puts the badge on the text being typed: every candidate is outside the editor', () => {
    for (const place of badgeCandidates(editor, sizes.badge)) expect(overlaps(place, editor)).toBe(false);
  });

  it('keeps a moved caution inside the window', () => {
    expect(movedPlace({ left: 400, top: 304 }, { dx: -50, dy: 20 }, caution, viewport)).toEqual({ left: 350, top: 324 });
    expect(movedPlace({ left: 400, top: 304 }, { dx: 5_000, dy: -5_000 }, caution, viewport)).toEqual({ left: 796, top: 4 });
  });
});
