// Rescans only the paragraphs an edit touched and shifts the other matches. Browser-free.
import { changedRegion } from './text-diff';
import { lineEndAfter, lineStartBefore, paragraphWindow } from './paragraphs';

export interface Span {
  start: number;
  end: number;
}

/**
 * The matches of `next`, given the matches of `previous`: the same result as `scan(next)` for names
 * that span at most `contextLines + 1` lines, while scanning only the lines around the edit.
 */
export function rescanChanged<M extends Span>(
  previous: string,
  previousMatches: readonly M[],
  next: string,
  scan: (text: string) => M[],
  contextLines = 1,
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
  let window = paragraphWindow(next, change.start, change.insertedEnd, contextLines);
  for (let widened = true; widened; ) {
    widened = false;
    for (const match of survivors) {
      if (match.end > window.start && match.start < window.end && (match.start < window.start || match.end > window.end)) {
        window = {
          start: lineStartBefore(next, Math.min(window.start, match.start)),
          end: lineEndAfter(next, Math.max(window.end, match.end)),
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
