// Where prospect names sit inside a textarea or text input, measured on a hidden copy of the field
// in our own layer (a field's text has no DOM ranges). The field itself is only read.
//
// The copy is kept between measures and split into pieces (a textarea's lines, an input's chunks),
// each in its own box: a keystroke changes one piece, so the browser lays out that piece again
// instead of the whole value (a 28 KB field cost several ms per keystroke when rebuilt each time).
import type { MarkBox } from '../../components/caution/CautionUi';
import { changedRegion } from '../../utils/text-diff';

// Everything that affects where text wraps and lands inside the field.
const COPIED_PROPERTIES = [
  'direction', 'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle',
  'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing',
  'wordSpacing', 'tabSize', 'textRendering', 'overflowWrap', 'wordBreak', 'hyphens',
] as const;

// An input's single line is cut after a space past this many characters: pieces small enough to
// lay out quickly, cut where no letters are shaped together.
const INPUT_CHUNK = 512;

interface Piece {
  text: string;
  /** Offset of the piece's first character in the field's value. */
  start: number;
  box: HTMLElement;
  /** The text node holding `text`; null for an empty textarea line. */
  node: Text | null;
}

interface MirrorCopy {
  field: HTMLTextAreaElement | HTMLInputElement;
  styleKey: string;
  /** The value the pieces hold. */
  value: string;
  pieces: Piece[];
}

const copies = new WeakMap<HTMLElement, MirrorCopy>();

export function fieldMarkBoxes(
  field: HTMLTextAreaElement | HTMLInputElement,
  spans: { start: number; end: number }[],
  mirror: HTMLElement,
): MarkBox[] {
  if (!field.isConnected) {
    forget(mirror);
    return [];
  }
  if (spans.length === 0) return [];
  const style = getComputedStyle(field);
  const rect = field.getBoundingClientRect();
  const borderLeft = parseFloat(style.borderLeftWidth) || 0;
  const borderTop = parseFloat(style.borderTopWidth) || 0;
  const isTextarea = field instanceof HTMLTextAreaElement;

  // Read before the copy changes: a read after it would make the browser restyle the copy at once.
  const textIndent = style.textIndent;
  const copy = copyOf(field, style, mirror, isTextarea);
  const value = field.value;
  updatePieces(copy, mirror, value, isTextarea);
  // The field indents its first line only; in the copy, that line is the first piece's.
  const first = copy.pieces[0]?.box;
  if (isTextarea && first && first.style.textIndent !== textIndent) first.style.textIndent = textIndent;

  // The mirror sits at the viewport's corner: its boxes are moved onto the field here, so that
  // the field moving (scrolling the page) never makes the browser lay the copy out again.
  const origin = mirror.getBoundingClientRect();
  const shiftX = rect.left + borderLeft - origin.left - field.scrollLeft;
  const shiftY = rect.top + borderTop - origin.top - field.scrollTop;
  // The visible part of the field's content: marks outside it are scrolled away.
  const clip = {
    left: rect.left + borderLeft,
    top: rect.top + borderTop,
    right: rect.left + borderLeft + field.clientWidth,
    bottom: rect.top + borderTop + field.clientHeight,
  };
  const outOfView = (box: DOMRect) =>
    box.right + shiftX < clip.left || box.left + shiftX > clip.right || box.bottom + shiftY < clip.top || box.top + shiftY > clip.bottom;

  const boxes: MarkBox[] = [];
  const range = document.createRange();
  const pieceBoxes = new Map<Piece, DOMRect>();
  const { pieces } = copy;
  for (const span of spans) {
    if (span.end > value.length) continue;
    // A name may run over a line break: measure its part in each piece.
    for (let index = pieceAt(pieces, span.start); index < pieces.length && pieces[index]!.start < span.end; index++) {
      const piece = pieces[index]!;
      const from = Math.max(span.start, piece.start) - piece.start;
      const to = Math.min(span.end, piece.start + piece.text.length) - piece.start;
      if (!piece.node || to <= from) continue;
      let pieceBox = pieceBoxes.get(piece);
      if (!pieceBox) pieceBoxes.set(piece, (pieceBox = piece.box.getBoundingClientRect()));
      if (outOfView(pieceBox)) continue;
      range.setStart(piece.node, from);
      range.setEnd(piece.node, to);
      for (const box of range.getClientRects()) {
        const left = Math.max(box.left + shiftX, clip.left);
        const right = Math.min(box.right + shiftX, clip.right);
        const top = Math.max(box.top + shiftY, clip.top);
        const bottom = Math.min(box.bottom + shiftY, clip.bottom);
        if (right - left >= 1 && bottom - top >= 1) boxes.push({ left, top, width: right - left, height: bottom - top });
      }
    }
  }
  return boxes;
}

/** The copy for `field`, styled like it; restyled only when something that moves text changed. */
function copyOf(
  field: HTMLTextAreaElement | HTMLInputElement,
  style: CSSStyleDeclaration,
  mirror: HTMLElement,
  isTextarea: boolean,
): MirrorCopy {
  const paddingLeft = parseFloat(style.paddingLeft) || 0;
  const paddingRight = parseFloat(style.paddingRight) || 0;
  const paddingTop = parseFloat(style.paddingTop) || 0;
  const paddingBottom = parseFloat(style.paddingBottom) || 0;
  const copied: Partial<Record<string, string>> = {};
  for (const property of COPIED_PROPERTIES) copied[property] = style[property];
  Object.assign(copied, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    overflow: 'hidden',
    left: '0px',
    top: '0px',
    // clientWidth leaves out borders and the scrollbar: the width text wraps in.
    width: `${Math.max(0, field.clientWidth - paddingLeft - paddingRight)}px`,
    height: 'auto',
    whiteSpace: isTextarea ? 'pre-wrap' : 'pre',
    overflowWrap: isTextarea ? style.overflowWrap : 'normal',
  });
  // A single-line field centres its line vertically.
  if (!isTextarea) copied.lineHeight = `${Math.max(0, field.clientHeight - paddingTop - paddingBottom)}px`;
  const styleKey = JSON.stringify(copied);

  let copy = copies.get(mirror);
  if (copy?.field !== field) {
    mirror.replaceChildren();
    copy = { field, styleKey: '', value: '', pieces: [] };
    copies.set(mirror, copy);
  }
  if (copy.styleKey !== styleKey) {
    Object.assign(mirror.style, copied);
    copy.styleKey = styleKey;
  }
  return copy;
}

/** Brings the copy's pieces to `value`, rebuilding only the pieces the edit touched. */
function updatePieces(copy: MirrorCopy, mirror: HTMLElement, value: string, isTextarea: boolean): void {
  const old = copy.pieces;
  const change = old.length > 0 ? changedRegion(copy.value, value) : { start: 0, removedEnd: 0, insertedEnd: value.length };
  copy.value = value;
  if (!change) return;
  const split = (text: string) => (isTextarea ? text.split('\n') : inputChunks(text));
  const delta = change.insertedEnd - change.removedEnd;
  // The pieces holding the replaced text, and the stretch of the value they cover now.
  const first = old.length > 0 ? pieceAt(old, change.start) : 0;
  const last = old.length > 0 ? pieceAt(old, change.removedEnd) : -1;
  const regionStart = old[first]?.start ?? 0;
  const regionEnd = last >= 0 ? old[last]!.start + old[last]!.text.length + delta : value.length;
  const fresh = split(value.slice(regionStart, regionEnd)).map((text) => makePiece(text, isTextarea));
  const before = old[last + 1]?.box ?? null;
  for (let index = first; index <= last; index++) old[index]!.box.remove();
  for (const piece of fresh) mirror.insertBefore(piece.box, before);
  // A textarea's pieces are separated by the line breaks they were split on.
  const separator = isTextarea ? 1 : 0;
  let start = regionStart;
  for (const piece of fresh) {
    piece.start = start;
    start += piece.text.length + separator;
  }
  const after = old.slice(last + 1);
  if (delta !== 0) for (const piece of after) piece.start += delta;
  copy.pieces = [...old.slice(0, first), ...fresh, ...after];
}

function makePiece(text: string, isTextarea: boolean): Piece {
  const box = document.createElement(isTextarea ? 'div' : 'span');
  let node: Text | null = null;
  if (text.length > 0) {
    node = document.createTextNode(text);
    box.append(node);
  } else if (isTextarea) {
    box.append(document.createElement('br')); // an empty line still takes a line's height
  }
  box.style.textIndent = '0px';
  // Each chunk of an input is laid out on its own; the line only places them side by side.
  if (!isTextarea) box.style.display = 'inline-block';
  return { text, start: 0, box, node };
}

/** An input's value cut into chunks, each ending with a space (except the last). */
function inputChunks(value: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (value.length - start > INPUT_CHUNK) {
    const space = value.indexOf(' ', start + INPUT_CHUNK);
    if (space < 0) break;
    chunks.push(value.slice(start, space + 1));
    start = space + 1;
  }
  chunks.push(value.slice(start));
  return chunks;
}

/** The index of the piece holding `offset`. */
function pieceAt(pieces: Piece[], offset: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function forget(mirror: HTMLElement): void {
  if (!copies.has(mirror)) return;
  copies.delete(mirror);
  mirror.replaceChildren();
}
