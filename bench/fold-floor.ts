// The floor: one pass that only folds the text's characters (the same per-character folding the
// matcher uses, with no offset map, no classes, no tokens, no lookups). No scan can beat it.
// Like the matcher, it folds ASCII and the Latin range from a table, the rest from the cache.
import { foldCodePoint } from '../utils/matcher/normalize';

const TABLE_LIMIT = 0x250;
// The one-unit fold of each code unit below TABLE_LIMIT, or -1 when it folds to more or fewer.
const TABLE = new Int32Array(TABLE_LIMIT);
for (let c = 0; c < TABLE_LIMIT; c++) {
  const units = foldCodePoint(c).units;
  TABLE[c] = units.length === 1 ? units.charCodeAt(0) : -1;
}

// Texts that fit fold into FIXED, a module constant: V8 then embeds its address and length in
// the loop (≈ 10 % faster), as it does for the matcher's scan buffers. Longer ones use `buffer`.
const FIXED = new Uint16Array(1 << 16);
let buffer = new Uint16Array(1024);
// [offset in the text, units written] between the table loop and the per-character cache.
const position = new Int32Array(2);

/**
 * The table loop, up to the first code unit the table does not fold. A function of its own with
 * no call inside, like the matcher's: with the cache lookup's call in the same loop V8 kept the
 * counters in memory, and this floor ran at ≈ 0.045 or ≈ 0.085 ms on 20 KB depending on how it
 * was optimised — the bench must compare against the fast one.
 */
function tableRun(text: string, out: Uint16Array): void {
  const table = TABLE;
  const length = text.length;
  let p: number = position[0]!;
  let n: number = position[1]!;
  for (; p < length; p++) {
    const c = text.charCodeAt(p);
    if (c >= TABLE_LIMIT) break;
    const unit = table[c]!;
    if (unit < 0) break;
    out[n++] = unit;
  }
  position[0] = p;
  position[1] = n;
}

/** `tableRun` into FIXED. */
function tableRunFixed(text: string): void {
  const table = TABLE;
  const length = text.length;
  let p: number = position[0]!;
  let n: number = position[1]!;
  for (; p < length; p++) {
    const c = text.charCodeAt(p);
    if (c >= TABLE_LIMIT) break;
    const unit = table[c]!;
    if (unit < 0) break;
    FIXED[n++] = unit;
  }
  position[0] = p;
  position[1] = n;
}

/** Folds `text` into a reused buffer and returns the folded length. */
export function foldOnly(text: string): number {
  position[0] = 0;
  position[1] = 0;
  if (text.length <= FIXED.length) {
    for (;;) {
      tableRunFixed(text);
      let p: number = position[0]!;
      if (p >= text.length) return position[1]!;
      let n: number = position[1]!;
      const c = text.charCodeAt(p);
      const isPair = c >= 0xd800 && c <= 0xdbff;
      const units = foldCodePoint(isPair ? text.codePointAt(p)! : c).units;
      if (isPair) p++;
      // Out of room in FIXED: start again in the growable buffer.
      if (n + units.length + text.length - p > FIXED.length) break;
      for (let k = 0; k < units.length; k++) FIXED[n++] = units.charCodeAt(k);
      position[0] = p + 1;
      position[1] = n;
    }
    position[0] = 0;
    position[1] = 0;
  }
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2);
  for (;;) {
    tableRun(text, buffer);
    let p: number = position[0]!;
    if (p >= text.length) break;
    let n: number = position[1]!;
    const c = text.charCodeAt(p);
    const isPair = c >= 0xd800 && c <= 0xdbff;
    const units = foldCodePoint(isPair ? text.codePointAt(p)! : c).units;
    if (isPair) p++;
    // Room for this expansion and the rest at one unit per unit: the table loop never checks.
    if (n + units.length + text.length - p > buffer.length) {
      const grown = new Uint16Array(buffer.length * 2 + units.length);
      grown.set(buffer);
      buffer = grown;
    }
    for (let k = 0; k < units.length; k++) buffer[n++] = units.charCodeAt(k);
    position[0] = p + 1;
    position[1] = n;
  }
  return position[1]!;
}
