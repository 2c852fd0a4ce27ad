// Where two versions of a text differ: the one contiguous region an edit replaced. Browser-free.

/** `previous[start, removedEnd)` was replaced by `next[start, insertedEnd)`; the rest is identical. */
export interface TextChange {
  start: number;
  removedEnd: number;
  insertedEnd: number;
}

const BLOCK = 256;

/** The changed region between two texts, or null when they are equal. */
export function changedRegion(previous: string, next: string): TextChange | null {
  if (previous === next) return null;
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  // Whole blocks first: comparing slices runs at memory speed, a keystroke in 28 KB costs ~0.1 ms
  // character by character.
  while (start + BLOCK <= shorter && previous.slice(start, start + BLOCK) === next.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  // The common suffix may not reach into the common prefix (e.g. "aa" -> "aaa").
  let suffix = 0;
  const maxSuffix = shorter - start;
  while (
    suffix + BLOCK <= maxSuffix &&
    previous.slice(previous.length - suffix - BLOCK, previous.length - suffix) ===
      next.slice(next.length - suffix - BLOCK, next.length - suffix)
  ) {
    suffix += BLOCK;
  }
  while (suffix < maxSuffix && previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) {
    suffix++;
  }
  return { start, removedEnd: previous.length - suffix, insertedEnd: next.length - suffix };
}
