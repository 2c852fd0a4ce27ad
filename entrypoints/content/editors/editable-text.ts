// Reads an editable's text the way a person sees it, with a map from text offsets back to DOM
// positions. Reading only: nothing here touches the editor.

/** Which kind of editable a person is typing in. */
export type EditableKind = 'textarea' | 'input' | 'contenteditable';

/** A stretch of the text that comes from one text node. */
interface TextSegment {
  /** Offsets in the read text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` where the segment starts. */
  nodeOffset: number;
}

export interface EditableText {
  text: string;
  /** Empty for textarea and input: their offsets are the value's offsets. */
  segments: TextSegment[];
}

export interface DomPosition {
  node: Node;
  offset: number;
}

// Elements that start a new line of text when rendered.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function editableKind(element: Element): EditableKind {
  if (element instanceof HTMLTextAreaElement || element.tagName === 'TEXTAREA') return 'textarea';
  if (element instanceof HTMLInputElement || element.tagName === 'INPUT') return 'input';
  return 'contenteditable';
}

/** The text of a textarea, input or contenteditable. */
export function readEditableText(editor: HTMLElement): EditableText {
  if (editableKind(editor) !== 'contenteditable') {
    return { text: (editor as HTMLTextAreaElement | HTMLInputElement).value, segments: [] };
  }
  return readContentEditable(editor);
}

/** Text nodes give their data; blocks and <br> give "\n" so prospect names never glue across lines. */
export function readContentEditable(root: Node): EditableText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithNewline = true; // no leading newline for a first block
  const push = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    endsWithNewline = piece.endsWith('\n');
  };
  const breakLine = () => {
    if (!endsWithNewline) push('\n');
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ start: length, end: length + data.length, node: node as Text, nodeOffset: 0 });
      push(data);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);

  const joined = parts.join('');
  // Closing line breaks of the last blocks are layout, not text the person typed.
  const lastTextEnd = segments.at(-1)?.end ?? 0;
  const text = joined.slice(0, Math.max(lastTextEnd, joined.replace(/\n+$/, '').length));
  return { text, segments };
}

/**
 * The DOM position of a text offset. A boundary between a synthetic line break and text maps into
 * the text node; `affinity` picks the side when the offset sits where two segments meet.
 */
export function positionAt(read: EditableText, offset: number, affinity: 'start' | 'end'): DomPosition | null {
  const { segments } = read;
  if (segments.length === 0) return null;
  // Binary search for the first segment ending at or after the offset.
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.end < offset) low = middle + 1;
    else high = middle;
  }
  let index = low;
  let segment = segments[index]!;
  // A range's start belongs to the segment that holds the next character.
  if (affinity === 'start' && offset === segment.end && segments[index + 1]?.start === offset) {
    index++;
    segment = segments[index]!;
  }
  if (offset < segment.start) return { node: segment.node, offset: segment.nodeOffset };
  if (offset > segment.end) return { node: segment.node, offset: segment.nodeOffset + (segment.end - segment.start) };
  return { node: segment.node, offset: segment.nodeOffset + (offset - segment.start) };
}

/** A live DOM Range over `text[start, end)` of a contenteditable read, or null. */
export function rangeFor(read: EditableText, start: number, end: number): Range | null {
  const from = positionAt(read, start, 'start');
  const to = positionAt(read, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument!.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
