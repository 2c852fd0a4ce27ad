// Reads the bits BitWriter (bit-writer.ts) wrote, most significant first, from 32-bit words.
// Kept to two small functions over a shared cursor: a coded-set lookup decodes a bucket of
// about a hundred Rice codes and should not allocate.

/** Where a reader stands: a bit offset into `words`. */
export interface BitCursor {
  words: Uint32Array;
  at: number;
}

/**
 * Reads a unary count (zeros up to a one) and steps past the one; -1 when no one comes before
 * bit `end` (a corrupt or truncated stream).
 */
export function readUnary(cursor: BitCursor, end: number): number {
  const { words } = cursor;
  let at = cursor.at;
  let count = 0;
  while (at < end) {
    const offset = at & 31;
    const rest = (words[at >>> 5]! << offset) >>> 0;
    if (rest === 0) {
      count += 32 - offset;
      at += 32 - offset;
      continue;
    }
    const zeros = Math.clz32(rest);
    if (at + zeros >= end) break;
    cursor.at = at + zeros + 1;
    return count + zeros;
  }
  cursor.at = end;
  return -1;
}

/** Reads `count` bits (0 ≤ count ≤ 52) as an unsigned number. */
export function readBits(cursor: BitCursor, count: number): number {
  if (count > 32) {
    const high = readBits(cursor, count - 32);
    return high * 0x1_0000_0000 + readBits(cursor, 32);
  }
  if (count === 0) return 0;
  const { words } = cursor;
  const at = cursor.at;
  const offset = at & 31;
  const first = (words[at >>> 5]! << offset) >>> 0;
  cursor.at = at + count;
  if (offset + count <= 32) return first >>> (32 - count);
  // The bits run into the next word.
  const second = words[(at >>> 5) + 1] ?? 0;
  return ((first | (second >>> (32 - offset))) >>> 0) >>> (32 - count);
}
