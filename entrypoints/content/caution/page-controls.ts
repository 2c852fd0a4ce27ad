// Whether a spot of the page holds something a person clicks or types in: the caution must not
// sit on the page's Send button. Read-only hit testing.
import type { Box } from '../../../utils/editing/screen-box';

const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Hit tests every this many pixels: no icon button (24 px and up) fits between two of them. */
const SAMPLE_STEP = 20;

/**
 * True when no control of the page lies under the box: its edges and inside, on a 20 px grid. The
 * editor itself does not count: covering a corner of it beats covering the Send button beside it.
 */
export function coversNoControl(box: Box, ownHost: Element, editor?: Element): boolean {
  const xs = samples(box.left + 1, box.left + box.width - 1);
  const ys = samples(box.top + 1, box.top + box.height - 1);
  for (const x of xs) {
    for (const y of ys) {
      for (const element of document.elementsFromPoint(x, y)) {
        if (element === ownHost || (editor && (element === editor || editor.contains(element)))) continue;
        if (element.closest(INTERACTIVE)) return false;
      }
    }
  }
  return true;
}

/** Points from `start` to `end`, both included, at most SAMPLE_STEP apart. */
function samples(start: number, end: number): number[] {
  const count = Math.max(1, Math.ceil((end - start) / SAMPLE_STEP));
  return Array.from({ length: count + 1 }, (_, index) => start + ((end - start) * index) / count);
}
