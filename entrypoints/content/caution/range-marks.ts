// Marks under prospect names in a contenteditable, drawn in our own closed layer from the ranges'
// client rectangles. Not the CSS Custom Highlight API: its registry (CSS.highlights) is shared with
// page scripts, so a page could read which of its words are prospects.
import type { MarkBox } from '../../../components/caution/CautionUi';

export function rangeMarkBoxes(ranges: Range[], editor: HTMLElement): MarkBox[] {
  const clip = editor.getBoundingClientRect();
  const boxes: MarkBox[] = [];
  for (const range of ranges) {
    for (const box of range.getClientRects()) {
      const left = Math.max(box.left, clip.left);
      const right = Math.min(box.right, clip.right);
      const top = Math.max(box.top, clip.top);
      const bottom = Math.min(box.bottom, clip.bottom);
      if (right - left >= 1 && bottom - top >= 1) boxes.push({ left, top, width: right - left, height: bottom - top });
    }
  }
  return boxes;
}
