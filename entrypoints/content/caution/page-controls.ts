// Whether a spot of the page holds something a person clicks or types in: the caution must not
// sit on the page's Send button nor on the text being typed. Read-only: boxes and hit tests.
import type { Box } from '../../../utils/editing/screen-box';

const INTERACTIVE =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="textbox"], [role="combobox"], [role="checkbox"], [role="switch"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

const overlaps = (a: Box, b: DOMRect) =>
  b.width > 0 && b.height > 0 && a.left < b.right && b.left < a.left + a.width && a.top < b.bottom && b.top < a.top + a.height;

/** The boxes of the page's shown controls in the window (a rounded button's box, not its shape). */
function controlBoxes(viewport: { width: number; height: number }): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const control of document.querySelectorAll(INTERACTIVE)) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.right < 0 || box.top > viewport.height || box.left > viewport.width) {
      continue;
    }
    if (typeof control.checkVisibility === 'function' && !control.checkVisibility({ visibilityProperty: true })) continue;
    boxes.push(box);
  }
  return boxes;
}

/**
 * A test of places for the caution, reading the page's controls once (placing tries many places).
 * A place is free when no control's box meets it and a grid of hit tests finds none either (a
 * selector cannot reach controls inside the page's shadow roots).
 */
export function freeOfControls(ownHost: Element): (box: Box) => boolean {
  const controls = controlBoxes({ width: window.innerWidth, height: window.innerHeight });
  return (box) => !controls.some((control) => overlaps(box, control)) && hitsNoControl(box, ownHost);
}

function hitsNoControl(box: Box, ownHost: Element): boolean {
  const columns = Math.max(3, Math.ceil(box.width / 24));
  const rows = Math.max(3, Math.ceil(box.height / 16));
  for (let column = 0; column < columns; column++) {
    const x = box.left + 1 + ((box.width - 2) * column) / (columns - 1);
    for (let row = 0; row < rows; row++) {
      const y = box.top + 1 + ((box.height - 2) * row) / (rows - 1);
      for (const element of document.elementsFromPoint(x, y)) {
        if (element === ownHost) continue;
        if (element.closest(INTERACTIVE)) return false;
        // A control inside the page's open shadow root shows here as its host: look inside.
        if (element.shadowRoot?.elementsFromPoint(x, y).some((inner) => inner.closest(INTERACTIVE))) return false;
      }
    }
  }
  return true;
}
