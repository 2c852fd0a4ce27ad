// The floor: one pass that only folds the text's characters (the same per-character folding the
// matcher uses, with no offset map, no classes, no tokens, no lookups). No scan can beat it.
import { foldCodePoint } from '../utils/normalize';

const ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = c >= 65 && c <= 90 ? c + 32 : c;

let buffer = new Uint16Array(1024);

/** Folds `text` into a reused buffer and returns the folded length. */
export function foldOnly(text: string): number {
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      buffer[n++] = ASCII[c]!;
      continue;
    }
    const units = foldCodePoint(c >= 0xd800 && c <= 0xdbff ? text.codePointAt(p)! : c).units;
    if (c >= 0xd800 && c <= 0xdbff) p++;
    // Room for this expansion and the rest at one unit per unit: the ASCII path never checks.
    if (n + units.length + text.length - p > buffer.length) {
      const grown = new Uint16Array(buffer.length * 2 + units.length);
      grown.set(buffer);
      buffer = grown;
    }
    for (let k = 0; k < units.length; k++) buffer[n++] = units.charCodeAt(k);
  }
  return n;
}
