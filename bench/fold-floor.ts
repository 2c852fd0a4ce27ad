// The floor: one pass that only folds the text's characters (the same per-character folding the
// matcher uses, with no offset map, no classes, no tokens, no lookups). No scan can beat it.
// Like the matcher, it folds ASCII and the Latin range from a table, the rest from the cache.
import { foldCodePoint } from '../utils/normalize';

const TABLE_LIMIT = 0x250;
// The one-unit fold of each code unit below TABLE_LIMIT, or -1 when it folds to more or fewer.
const TABLE = new Int32Array(TABLE_LIMIT);
for (let c = 0; c < TABLE_LIMIT; c++) {
  const units = foldCodePoint(c).units;
  TABLE[c] = units.length === 1 ? units.charCodeAt(0) : -1;
}

let buffer = new Uint16Array(1024);

/** Folds `text` into a reused buffer and returns the folded length. */
export function foldOnly(text: string): number {
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2);
  let out = buffer;
  const table = TABLE;
  let n = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const unit = c < TABLE_LIMIT ? table[c]! : -1;
    if (unit >= 0) {
      out[n++] = unit;
      continue;
    }
    const isPair = c >= 0xd800 && c <= 0xdbff;
    const units = foldCodePoint(isPair ? text.codePointAt(p)! : c).units;
    if (isPair) p++;
    // Room for this expansion and the rest at one unit per unit: the table path never checks.
    if (n + units.length + text.length - p > out.length) {
      const grown = new Uint16Array(out.length * 2 + units.length);
      grown.set(out);
      out = buffer = grown;
    }
    for (let k = 0; k < units.length; k++) out[n++] = units.charCodeAt(k);
  }
  return n;
}
