// Whether a spot of the page holds something a person clicks or types in: the caution must not
// sit on the page's Send button nor on the text being typed. Read-only: it only reads boxes.
import type { Box } from '../../../utils/editing/screen-box';

const INTERACTIVE =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="textbox"], [role="combobox"], [role="checkbox"], [role="switch"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

const overlaps = (a: Box, b: DOMRect) =>
  b.width > 0 && b.height > 0 && a.left < b.right && b.left < a.left + a.width && a.top < b.bottom && b.top < a.top + a.height;

/**
 * The boxes of the page's shown controls in the window (a rounded button's box, not its shape),
 * in the document and in every open shadow root. Hit testing a grid of points found the same
 * controls at a far higher price: over an input holding a long message, one `elementsFromPoint`
 * costs about a millisecond, and a placement tried hundreds of points (a 500 ms task).
 */
function controlBoxes(viewport: { width: number; height: number }): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const root of openRoots()) {
    for (const control of root.querySelectorAll(INTERACTIVE)) {
      const box = control.getBoundingClientRect();
      if (
        box.width === 0 ||
        box.height === 0 ||
        box.bottom < 0 ||
        box.right < 0 ||
        box.top > viewport.height ||
        box.left > viewport.width
      ) {
        continue;
      }
      if (typeof control.checkVisibility === 'function' && !control.checkVisibility({ visibilityProperty: true })) continue;
      boxes.push(box);
    }
  }
  return boxes;
}

/** The document and the open shadow roots inside it, nested ones included (ours is closed). */
function openRoots(): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length; index++) {
    for (const element of roots[index]!.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return roots;
}

/**
 * A test of places for the caution, reading the page's controls once (placing tries many places):
 * a place is free when no control's box meets it.
 */
export function freeOfControls(): (box: Box) => boolean {
  const controls = controlBoxes({ width: window.innerWidth, height: window.innerHeight });
  return (box) => !controls.some((control) => overlaps(box, control));
}
