// Marks under prospect names in a contenteditable, drawn in our own closed layer from the ranges'
// client rectangles. Not the CSS Custom Highlight API: its registry (CSS.highlights) is shared with
// page scripts, so a page could read which of its words are prospects.
import { clippedBox, type Box } from '../../../utils/editing/screen-box';

export function rangeMarkBoxes(ranges: Range[], editor: HTMLElement): Box[] {
  // A name scrolled out of the editor draws no mark over the page around it.
  const clip = editor.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      const box = clippedBox(rect, clip);
      if (box) boxes.push(box);
    }
  }
  return boxes;
}
