// Where prospect names sit inside a textarea or text input, measured on a hidden copy of the field
// in our own layer (a field's text has no DOM ranges). The field itself is only read.
//
// Two things keep this cheap on every keystroke in a long field:
// - Names already measured are kept, relative to the copy, until an edit or a restyle can have
//   moved them; scrolling and typing further on only move them on screen. The copy is brought up
//   to date only when a name has to be measured.
// - The copy is kept between measures and split into pieces (a textarea's lines, an input's
//   chunks), each in its own box: an edit changes one piece, so the browser lays out that piece
//   again instead of the whole value (a 28 KB field cost several ms when rebuilt each time).
import { clippedBox, type Box, type Edges } from '../../../utils/editing/screen-box';
import { changedRegion, type TextChange } from '../../../utils/editing/text-diff';
import type { Span } from '../../../utils/editing/text-span';
import { unmovedSpans } from '../../../utils/editing/unmoved-spans';

// Everything that affects where text wraps and lands inside the field.
const COPIED_PROPERTIES = [
  'direction',
  'boxSizing',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'textRendering',
  'overflowWrap',
  'wordBreak',
  'hyphens',
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

// A field's style is read again at the latest this often while its class, inline style and size
// stay the same: reading the ~30 properties that place text cost a fifth of a keystroke's work.
export const STYLE_RECHECK_MS = 500;

/** A name's boxes in the copy, relative to the copy's corner: where it sits in the field's text. */
interface MeasuredSpan extends Span {
  rects: Edges[];
}

interface MirrorCopy {
  field: HTMLTextAreaElement | HTMLInputElement;
  /** What the copy was styled from: the field's class, inline style and size, and when. */
  styledFrom: string;
  styledAt: number;
  styleKey: string;
  borderLeft: number;
  borderTop: number;
  /** How far in from its padding edges the field shows text sideways. */
  textInset: { left: number; right: number };
  textIndent: string;
  /** Text set from the left edge, so that an edit moves nothing before the word it is in. */
  flowsFromLeft: boolean;
  /** The value the pieces hold. */
  value: string;
  pieces: Piece[];
  /** The names measured so far, and the value and style they were measured in. */
  measured: MeasuredSpan[];
  measuredValue: string;
  measuredStyle: string;
}

const copies = new WeakMap<HTMLElement, MirrorCopy>();

// A web font arriving after a name was measured moves it with no change to the field's style.
let fontsLoaded = 0;
document.fonts?.addEventListener('loadingdone', () => fontsLoaded++);

export function fieldMarkBoxes(field: HTMLTextAreaElement | HTMLInputElement, spans: Span[], mirror: HTMLElement): Box[] {
  if (!field.isConnected) {
    forget(mirror);
    return [];
  }
  if (spans.length === 0) return [];
  const isTextarea = field instanceof HTMLTextAreaElement;
  const copy = copyOf(field, mirror, isTextarea);
  const value = field.value;
  const known = stillPlaced(copy, value);

  // Only names not measured yet need the copy: typing after a name, or scrolling, moves no text
  // within the field, so most keystrokes leave the copy untouched.
  const measured: MeasuredSpan[] = [];
  const missing: Span[] = [];
  for (const span of spans) {
    if (span.end > value.length) continue;
    const found = known.get(spanKey(span));
    if (found) measured.push(found);
    else missing.push(span);
  }
  if (missing.length > 0) measured.push(...measure(copy, mirror, value, isTextarea, missing));
  copy.measured = measured;

  const rect = field.getBoundingClientRect();
  const left = rect.left + copy.borderLeft;
  const top = rect.top + copy.borderTop;
  const shiftX = left - field.scrollLeft;
  const shiftY = top - field.scrollTop;
  // The visible part of the field's content: marks outside it are scrolled away.
  const clip: Edges = {
    left: left + copy.textInset.left,
    top,
    right: left + field.clientWidth - copy.textInset.right,
    bottom: top + field.clientHeight,
  };
  const boxes: Box[] = [];
  for (const span of measured) {
    for (const rect of span.rects) {
      const box = clippedBox(rect, clip, shiftX, shiftY);
      if (box) boxes.push(box);
    }
  }
  return boxes;
}

const spanKey = (span: Span) => `${span.start}:${span.end}`;

/** The measured names that the change from the last measured value cannot have moved. */
function stillPlaced(copy: MirrorCopy, value: string): Map<string, MeasuredSpan> {
  const style = `${copy.styleKey}\n${fontsLoaded}`;
  const previous = copy.measuredValue;
  copy.measuredValue = value;
  // A restyle moves everything, and so does any edit in right-to-left, centred or right-set text.
  let kept: MeasuredSpan[] = [];
  if (copy.measuredStyle !== style) copy.measuredStyle = style;
  else if (previous === value || copy.flowsFromLeft) kept = unmovedSpans(previous, value, copy.measured);
  return new Map(kept.map((span) => [spanKey(span), span]));
}

/** Brings the copy to `value` and measures `spans` in it. */
function measure(copy: MirrorCopy, mirror: HTMLElement, value: string, isTextarea: boolean, spans: Span[]): MeasuredSpan[] {
  updatePieces(copy, mirror, value, isTextarea);
  // The field indents its first line only; in the copy, that line is the first piece's.
  const first = copy.pieces[0]?.box;
  if (isTextarea && first && first.style.textIndent !== copy.textIndent) first.style.textIndent = copy.textIndent;

  // The copy sits at the viewport's corner; boxes are kept relative to it, and moved onto the
  // field when drawn, so the field moving (scrolling the page or itself) measures nothing again.
  const origin = mirror.getBoundingClientRect();
  const range = document.createRange();
  const { pieces } = copy;
  return spans.map((span) => {
    const rects: Edges[] = [];
    // A name may run over a line break: measure its part in each piece.
    for (let index = pieceAt(pieces, span.start); index < pieces.length && pieces[index]!.start < span.end; index++) {
      const piece = pieces[index]!;
      const from = Math.max(span.start, piece.start) - piece.start;
      const to = Math.min(span.end, piece.start + piece.text.length) - piece.start;
      if (!piece.node || to <= from) continue;
      range.setStart(piece.node, from);
      range.setEnd(piece.node, to);
      for (const box of range.getClientRects()) {
        rects.push({
          left: box.left - origin.left,
          top: box.top - origin.top,
          right: box.right - origin.left,
          bottom: box.bottom - origin.top,
        });
      }
    }
    return { start: span.start, end: span.end, rects };
  });
}

/** The copy for `field`, styled like it; restyled only when something that moves text changed. */
function copyOf(field: HTMLTextAreaElement | HTMLInputElement, mirror: HTMLElement, isTextarea: boolean): MirrorCopy {
  let copy = copies.get(mirror);
  if (copy?.field !== field) {
    mirror.replaceChildren();
    copy = {
      field,
      styledFrom: '',
      styledAt: 0,
      styleKey: '',
      borderLeft: 0,
      borderTop: 0,
      textInset: { left: 0, right: 0 },
      textIndent: '0px',
      flowsFromLeft: false,
      value: '',
      pieces: [],
      measured: [],
      measuredValue: '',
      measuredStyle: '',
    };
    copies.set(mirror, copy);
  }
  const styledFrom = [field.className, field.getAttribute('style'), field.clientWidth, field.clientHeight].join('\n');
  const now = performance.now();
  if (copy.styledFrom === styledFrom && now - copy.styledAt < STYLE_RECHECK_MS) return copy;
  copy.styledFrom = styledFrom;
  copy.styledAt = now;

  const style = getComputedStyle(field);
  copy.borderLeft = parseFloat(style.borderLeftWidth) || 0;
  copy.borderTop = parseFloat(style.borderTopWidth) || 0;
  copy.textIndent = style.textIndent;
  copy.flowsFromLeft = style.direction === 'ltr' && ['start', 'left', '-webkit-left'].includes(style.textAlign);
  const paddingLeft = parseFloat(style.paddingLeft) || 0;
  const paddingRight = parseFloat(style.paddingRight) || 0;
  const paddingTop = parseFloat(style.paddingTop) || 0;
  const paddingBottom = parseFloat(style.paddingBottom) || 0;
  // An input clips its text at its content box, a textarea scrolls its text under its padding.
  copy.textInset = isTextarea ? { left: 0, right: 0 } : { left: paddingLeft, right: paddingRight };
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
  if (old.length > 0 && editInPlace(copy, value, change, isTextarea)) return;
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

/**
 * Applies an edit that stays inside one piece to that piece's text node. Changing a text node's
 * data lets the browser keep the shaping of the text around the edit; a new node is shaped and laid
 * out afresh (what a keystroke in a long line cost most).
 */
function editInPlace(copy: MirrorCopy, value: string, change: TextChange, isTextarea: boolean): boolean {
  const { pieces } = copy;
  const index = pieceAt(pieces, change.start);
  const piece = pieces[index]!;
  if (!piece.node || pieceAt(pieces, change.removedEnd) !== index) return false;
  const inserted = value.slice(change.start, change.insertedEnd);
  const from = change.start - piece.start;
  const text = piece.text.slice(0, from) + inserted + piece.text.slice(change.removedEnd - piece.start);
  // A line keeps no line break; an input's chunk stays short, non-empty, and ends between words.
  const fits = isTextarea
    ? text.length > 0 && !inserted.includes('\n')
    : text.length > 0 && text.length <= 2 * INPUT_CHUNK && (index === pieces.length - 1 || text.endsWith(' '));
  if (!fits) return false;
  piece.node.replaceData(from, change.removedEnd - change.start, inserted);
  piece.text = text;
  const delta = change.insertedEnd - change.removedEnd;
  if (delta !== 0) for (let next = index + 1; next < pieces.length; next++) pieces[next]!.start += delta;
  return true;
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
