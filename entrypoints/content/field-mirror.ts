// Where prospect names sit inside a textarea or text input, measured on a hidden copy of the field
// in our own layer (a field's text has no DOM ranges). The field itself is only read.
import type { MarkBox } from '../../components/caution/CautionUi';

// Everything that affects where text wraps and lands inside the field.
const COPIED_PROPERTIES = [
  'direction', 'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle',
  'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing',
  'wordSpacing', 'tabSize', 'textRendering', 'overflowWrap', 'wordBreak', 'hyphens',
] as const;

export function fieldMarkBoxes(
  field: HTMLTextAreaElement | HTMLInputElement,
  spans: { start: number; end: number }[],
  mirror: HTMLElement,
): MarkBox[] {
  if (spans.length === 0 || !field.isConnected) return [];
  const style = getComputedStyle(field);
  const rect = field.getBoundingClientRect();
  const borderLeft = parseFloat(style.borderLeftWidth) || 0;
  const borderTop = parseFloat(style.borderTopWidth) || 0;
  const paddingLeft = parseFloat(style.paddingLeft) || 0;
  const paddingRight = parseFloat(style.paddingRight) || 0;
  const paddingTop = parseFloat(style.paddingTop) || 0;
  const paddingBottom = parseFloat(style.paddingBottom) || 0;
  const isTextarea = field instanceof HTMLTextAreaElement;

  for (const property of COPIED_PROPERTIES) mirror.style[property] = style[property];
  Object.assign(mirror.style, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    overflow: 'hidden',
    left: `${rect.left + borderLeft}px`,
    top: `${rect.top + borderTop}px`,
    // clientWidth leaves out borders and the scrollbar: the width text wraps in.
    width: `${Math.max(0, field.clientWidth - paddingLeft - paddingRight)}px`,
    height: 'auto',
    whiteSpace: isTextarea ? 'pre-wrap' : 'pre',
    overflowWrap: isTextarea ? style.overflowWrap : 'normal',
  });
  if (!isTextarea) {
    // A single-line field centres its line vertically.
    mirror.style.lineHeight = `${Math.max(0, field.clientHeight - paddingTop - paddingBottom)}px`;
  }
  const value = field.value;
  const text = document.createTextNode(value);
  mirror.replaceChildren(text);

  // The visible part of the field's content: marks outside it are scrolled away.
  const clip = {
    left: rect.left + borderLeft,
    top: rect.top + borderTop,
    right: rect.left + borderLeft + field.clientWidth,
    bottom: rect.top + borderTop + field.clientHeight,
  };
  const boxes: MarkBox[] = [];
  const range = document.createRange();
  for (const span of spans) {
    if (span.end > value.length) continue;
    range.setStart(text, span.start);
    range.setEnd(text, span.end);
    for (const box of range.getClientRects()) {
      const left = Math.max(box.left - field.scrollLeft, clip.left);
      const right = Math.min(box.right - field.scrollLeft, clip.right);
      const top = Math.max(box.top - field.scrollTop, clip.top);
      const bottom = Math.min(box.bottom - field.scrollTop, clip.bottom);
      if (right - left >= 1 && bottom - top >= 1) boxes.push({ left, top, width: right - left, height: bottom - top });
    }
  }
  mirror.replaceChildren();
  return boxes;
}
