// Where the inline caution goes: by the editor, inside the viewport, and off the page's own
// controls (a Send button usually sits right under an editor's bottom-right corner).
// Browser-free: rectangles are plain numbers in viewport pixels.
import type { Box } from './screen-box';

const GAP = 4;
const FARTHEST = 240;
const MARGIN = 4;

/** Places around the editor, in order of preference. */
export function cautionCandidates(editor: Box, caution: { width: number; height: number }): Box[] {
  const { width, height } = caution;
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const at = (left: number, top: number): Box => ({ left, top, width, height });
  return [
    at(right - width, bottom + GAP), // below, right-aligned
    at(editor.left, bottom + GAP), // below, left-aligned
    at(right - width, editor.top - GAP - height), // above, right-aligned
    at(editor.left, editor.top - GAP - height), // above, left-aligned
    at(right + GAP, bottom - height), // beside, on the right
    at(right - width - GAP, bottom - height - GAP), // inside the bottom-right corner
  ];
}

/**
 * The first candidate that fits the viewport and `isFree` accepts (it covers none of the page's
 * controls); when none does, the first that fits; when none fits, the first, pushed inside.
 */
export function placeCaution(
  editor: Box,
  caution: { width: number; height: number },
  viewport: { width: number; height: number },
  isFree: (box: Box) => boolean = () => true,
): { left: number; top: number } {
  // Slid sideways into the window first: in a narrow chat frame a place above the box still works.
  const candidates = cautionCandidates(editor, caution).map((box) => ({
    ...box,
    left: clamp(box.left, MARGIN, viewport.width - caution.width - MARGIN),
  }));
  const fits = (box: Box) =>
    box.left >= MARGIN &&
    box.top >= MARGIN &&
    box.left + box.width <= viewport.width - MARGIN &&
    box.top + box.height <= viewport.height - MARGIN;
  const inViewport = candidates.filter(fits);
  const chosen = inViewport.find(isFree) ?? inViewport[0] ?? candidates[0]!;
  return {
    left: clamp(chosen.left, MARGIN, viewport.width - caution.width - MARGIN),
    top: clamp(chosen.top, MARGIN, viewport.height - caution.height - MARGIN),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * Farther places for the card when none by the editor is free: below, above, then beside it,
 * stepping away from the editor and sliding along it, nearest first (a page with a control right
 * under its editor usually has room a little lower or to the side).
 */
export function fartherCandidates(editor: Box, caution: { width: number; height: number }): Box[] {
  const { width, height } = caution;
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const at = (left: number, top: number): Box => ({ left, top, width, height });
  const places: Box[] = [];
  const step = 24;
  // Farther than this, the card no longer reads as being about this editor: the badge is better.
  // Left edges to slide along: right-aligned, left-aligned, then every half card across the editor.
  const lefts = [right - width, editor.left];
  for (let left = editor.left - width / 2; left <= right; left += width / 2) lefts.push(left);
  for (let distance = step; distance <= FARTHEST; distance += step) {
    for (const left of lefts) {
      places.push(at(left, bottom + GAP + distance), at(left, editor.top - GAP - height - distance));
    }
    for (let top = editor.top; top <= bottom; top += height / 2) {
      places.push(at(right + GAP + distance - step, top), at(editor.left - GAP - width - distance + step, top));
    }
  }
  return places;
}

/** Where the caution shows: the card where a free place fits it, else the badge by the editor's corner. */
export type CautionLayout = { form: 'card'; left: number; top: number } | { form: 'badge'; left: number; top: number };

/** The first candidate that fits the viewport and covers nothing of the page's, or null. */
export function freePlace(
  candidates: readonly Box[],
  viewport: { width: number; height: number },
  isFree: (box: Box) => boolean,
): Box | null {
  const fits = (box: Box) =>
    box.left >= MARGIN &&
    box.top >= MARGIN &&
    box.left + box.width <= viewport.width - MARGIN &&
    box.top + box.height <= viewport.height - MARGIN;
  return candidates.find((box) => fits(box) && isFree(box)) ?? null;
}

/**
 * Places for the badge, all outside the editor (its inside is the text being typed): by each
 * corner, right corners first (where people look for a status), then along the right and left edges.
 */
export function badgeCandidates(editor: Box, badge: { width: number; height: number }): Box[] {
  const { width, height } = badge;
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const at = (left: number, top: number): Box => ({ left, top, width, height });
  const places = [
    at(right + GAP, editor.top), // beside the top-right corner
    at(right - width, editor.top - GAP - height), // above the top-right corner
    at(right + GAP, bottom - height), // beside the bottom-right corner
    at(right - width, bottom + GAP), // below the bottom-right corner
    at(editor.left - GAP - width, editor.top), // beside the top-left corner
    at(editor.left, editor.top - GAP - height), // above the top-left corner
    at(editor.left - GAP - width, bottom - height), // beside the bottom-left corner
    at(editor.left, bottom + GAP), // below the bottom-left corner
  ];
  // Then every step along the edges above and below, right to left: a toolbar may fill the corners.
  for (let left = right - width * 2; left > editor.left; left -= width) {
    places.push(at(left, editor.top - GAP - height), at(left, bottom + GAP));
  }
  return places;
}

/**
 * The card by the editor when a free place fits it (and the person did not make it small), else
 * the badge at its first free place. With no free place at all (an editor filling the window,
 * such as a frame's whole body), the card sits in the editor's bottom-right corner as it always
 * did, or the badge there when the person made it small.
 */
export function layoutCaution(
  editor: Box,
  sizes: { card: { width: number; height: number }; badge: { width: number; height: number } },
  viewport: { width: number; height: number },
  isFree: (box: Box) => boolean,
  preferBadge = false,
): CautionLayout {
  if (!preferBadge) {
    const card =
      freePlace(cautionCandidates(editor, sizes.card), viewport, isFree) ??
      freePlace(fartherCandidates(editor, sizes.card), viewport, isFree);
    if (card) return { form: 'card', left: card.left, top: card.top };
  }
  const candidates = badgeCandidates(editor, sizes.badge);
  const badge = freePlace(candidates, viewport, isFree);
  if (badge) return { form: 'badge', left: badge.left, top: badge.top };
  if (preferBadge) return { form: 'badge', ...placeCaution(editor, sizes.badge, viewport) };
  return { form: 'card', ...placeCaution(editor, sizes.card, viewport) };
}

/** A place moved by the person's drag, kept inside the window. */
export function movedPlace(
  place: { left: number; top: number },
  offset: { dx: number; dy: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  return {
    left: clamp(place.left + offset.dx, MARGIN, Math.max(MARGIN, viewport.width - size.width - MARGIN)),
    top: clamp(place.top + offset.dy, MARGIN, Math.max(MARGIN, viewport.height - size.height - MARGIN)),
  };
}
