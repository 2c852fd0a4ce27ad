// Paragraph (line) boundaries around an edit: the unit the content script rescans. Browser-free.

/** Start of the line holding `index`, after stepping back `extraLines` more lines. */
export function lineStartBefore(text: string, index: number, extraLines = 0): number {
  let position = Math.max(0, Math.min(index, text.length));
  for (let line = 0; line <= extraLines; line++) {
    const newline = text.lastIndexOf('\n', position - 1);
    if (newline < 0) return 0;
    position = line === extraLines ? newline + 1 : newline;
  }
  return position;
}

/** End of the line holding `index` (before its "\n"), after stepping forward `extraLines` more lines. */
export function lineEndAfter(text: string, index: number, extraLines = 0): number {
  let position = Math.max(0, Math.min(index, text.length));
  for (let line = 0; line <= extraLines; line++) {
    const newline = text.indexOf('\n', line === 0 ? position : position + 1);
    if (newline < 0) return text.length;
    position = newline;
  }
  return position;
}

/**
 * The lines to rescan after `text[start, end)` changed, with `contextLines` unchanged lines on each
 * side: a prospect name may run across a line break ("Acme\nRobotics"), so a neighbour can join in.
 */
export function paragraphWindow(text: string, start: number, end: number, contextLines = 1): { start: number; end: number } {
  return { start: lineStartBefore(text, start, contextLines), end: lineEndAfter(text, end, contextLines) };
}
