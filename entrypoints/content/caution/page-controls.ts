// Whether a spot of the page holds something a person clicks or types in: the caution must not
// sit on the page's Send button. Read-only hit testing.
import type { Box } from '../../../utils/editing/screen-box';

const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** True when no control of the page lies under the box's corners, edges' middles or centre. */
export function coversNoControl(box: Box, ownHost: Element): boolean {
  const xs = [box.left + 1, box.left + box.width / 2, box.left + box.width - 1];
  const ys = [box.top + 1, box.top + box.height / 2, box.top + box.height - 1];
  for (const x of xs) {
    for (const y of ys) {
      for (const element of document.elementsFromPoint(x, y)) {
        if (element === ownHost) continue;
        if (element.closest(INTERACTIVE)) return false;
      }
    }
  }
  return true;
}
