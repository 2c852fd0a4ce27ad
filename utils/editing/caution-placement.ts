// Where the inline caution goes: by the editor, inside the viewport, and off the page's own
// controls (a Send button usually sits right under an editor's bottom-right corner).
// Browser-free: rectangles are plain numbers in viewport pixels.
import type { Box } from './screen-box';

const GAP = 4;
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
