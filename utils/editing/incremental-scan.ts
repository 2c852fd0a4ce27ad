// Rescans only the paragraphs an edit touched and shifts the other matches. Browser-free.
import { changedRegion } from './text-diff';
import { lineEndAfter, lineStartBefore, paragraphWindow } from './paragraphs';
import type { Span } from './text-span';

/**
 * The matches of `next`, given the matches of `previous`: the same result as `scan(next)` for names
 * that span at most `contextLines + 1` lines and `contextChars` characters, while scanning only the
 * lines around the edit, and in a long line (a 28 KB text input is one line) only the words around it.
 */
export function rescanChanged<M extends Span>(
  previous: string,
  previousMatches: readonly M[],
  next: string,
  scan: (text: string) => M[],
  contextLines = 1,
  contextChars = 256,
): M[] {
  const change = changedRegion(previous, next);
  if (!change) return [...previousMatches];
  const delta = change.insertedEnd - change.removedEnd;

  // Matches wholly outside the replaced region survive, shifted when they come after it.
  const survivors: M[] = [];
  for (const match of previousMatches) {
    if (match.end <= change.start) survivors.push(match);
    else if (match.start >= change.removedEnd) survivors.push({ ...match, start: match.start + delta, end: match.end + delta });
  }

  // Widen the window until no surviving match straddles its edges, then snap it to whole lines.
  const lines = paragraphWindow(next, change.start, change.insertedEnd, contextLines);
  // Cut at whitespace, so the window never starts or ends inside a word.
  let window = {
    start: Math.max(lines.start, wordStartBefore(next, change.start - contextChars)),
    end: Math.min(lines.end, wordEndAfter(next, change.insertedEnd + contextChars)),
  };
  for (let widened = true; widened; ) {
    widened = false;
    for (const match of survivors) {
      if (match.end > window.start && match.start < window.end && (match.start < window.start || match.end > window.end)) {
        window = {
          start: Math.max(
            lineStartBefore(next, Math.min(window.start, match.start)),
            wordStartBefore(next, Math.min(window.start, match.start) - contextChars),
          ),
          end: Math.min(
            lineEndAfter(next, Math.max(window.end, match.end)),
            wordEndAfter(next, Math.max(window.end, match.end) + contextChars),
          ),
        };
        widened = true;
      }
    }
  }

  const before = survivors.filter((match) => match.end <= window.start);
  const after = survivors.filter((match) => match.start >= window.end);
  const fresh = scan(next.slice(window.start, window.end)).map((match) => ({
    ...match,
    start: match.start + window.start,
    end: match.end + window.start,
  }));
  return [...before, ...fresh, ...after];
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;

/** The start of the word holding `index` (just after a space), or 0. */
function wordStartBefore(text: string, index: number): number {
  let position = Math.min(index, text.length);
  while (position > 0 && !isSpace(text.charCodeAt(position - 1))) position--;
  return Math.max(0, position);
}

/** The end of the word holding `index` (at a space), or the text's end. */
function wordEndAfter(text: string, index: number): number {
  let position = Math.max(0, index);
  while (position < text.length && !isSpace(text.charCodeAt(position))) position++;
  return Math.min(position, text.length);
}
