// Which places in a text an edit cannot have moved on screen, for text set from the left edge
// (left-to-right, left-aligned). Lines are broken greedily, so an edit moves only the word it is
// in and what follows: at most, that word now fits at the end of the line above or no longer does.
// Everything before the last place a line may break ahead of the edit stays put. Browser-free.
import { changedRegion } from './text-diff';
import type { Span } from './text-span';

// A no-break space glues the words around it, e.g. "Globex\u00a0?" in French typography.
const BREAKING_SPACE = /(?![\u00a0\u2007\u202f\ufeff])\s/;
// Nor may a line break between a space and closing punctuation (UAX #14; Chromium breaks there,
// Firefox does not): in "Globex ?" the name moves with what is typed after it.
const NO_BREAK_BEFORE = /[!?)\]}»›,.;:%…]/;
// How far back to look for that break: a longer run without one keeps nothing.
const LOOK_BACK = 256;

/** The spans of `previous` (same offsets in `next`) that the edit from `previous` to `next` cannot have moved. */
export function unmovedSpans<S extends Span>(previous: string, next: string, spans: readonly S[]): S[] {
  const change = changedRegion(previous, next);
  if (!change) return [...spans];
  // A space typed right after a word, at the end of the text or before another space, leaves that
  // word as it was; a space typed inside a word, or a deletion, changes the word before it.
  const typedAfterWord = change.removedEnd === change.start && (change.start === previous.length || isBreak(previous, change.start));
  const limit = lastBreakBefore(next, typedAfterWord ? change.start + 1 : change.start);
  return spans.filter((span) => span.end <= limit);
}

/** The last white space before `offset` where a line may break; -1 when there is none near. */
function lastBreakBefore(text: string, offset: number): number {
  for (let index = offset - 1; index >= Math.max(0, offset - LOOK_BACK); index--) if (isBreak(text, index)) return index;
  return -1;
}

const isBreak = (text: string, index: number) => BREAKING_SPACE.test(text[index] ?? '') && !NO_BREAK_BEFORE.test(text[index + 1] ?? '');
