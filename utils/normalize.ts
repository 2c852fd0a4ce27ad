// Text folding for matching: case-, accent- and width-insensitive, with every folded code unit
// mapped back to the original text. Browser-free, allocation-light: this runs on every keystroke.
//
// Folding a code point: apostrophe/dash/space/ignorable variants first, then NFKD (width,
// ligatures, compatibility forms, decomposed accents), strip combining marks, then
// toLowerCase().toUpperCase().toLowerCase() (an approximation of full case folding: ß → ss, ς → σ, ı → i).
// Every code point folds independently, so a folded string is the concatenation of its
// characters' folds and offsets can be mapped back exactly.

/** Character classes of folded code units. */
export const SEP = 0; // whitespace and dashes: any run of them between two name tokens is equivalent
export const WORD = 1; // \p{L}\p{N} in scripts written with spaces: runs form one token
export const SOLO = 2; // letters of scripts written without spaces (Han, kana, Thai…): one token each
export const SYMBOL = 3; // anything else (&, ', ., @…): one token each
export const CONT = 4; // low surrogate continuing the previous SOLO/SYMBOL code unit

const APOSTROPHES = /[\u0027\u0060\u00B4\u02B9\u02BC\u2018\u2019\u201B\u2032\uFF07]/u;
const DASHES = /[\p{Pd}\u2212\uFE63\uFF0D]/u;
const SPACES = /\s/u;
// Invisible characters editors insert (soft hyphen, zero-width space/joiners, BOM): folded away.
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const MARKS = /\p{M}/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SCRIPT_WITHOUT_SPACES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\u30FC\u3005\u3006]/u;

/** How one code point folds: its folded code units and their classes (same length). */
interface CodePointFold {
  units: string;
  classes: number[];
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (ch === '-' || SPACES.test(ch)) return SEP;
  if (SCRIPT_WITHOUT_SPACES.test(ch)) return SOLO;
  if (LETTER_OR_NUMBER.test(ch)) return WORD;
  return SYMBOL;
}

function foldCodePointUncached(cp: number, keepCase: boolean): CodePointFold {
  const ch = String.fromCodePoint(cp);
  let folded: string;
  if (APOSTROPHES.test(ch)) folded = "'";
  else if (DASHES.test(ch)) folded = '-';
  else if (SPACES.test(ch)) folded = ' ';
  else if (IGNORABLE.test(ch)) folded = '';
  else {
    folded = ch.normalize('NFKD').replace(MARKS, '');
    if (!keepCase) folded = folded.toLowerCase().toUpperCase().toLowerCase().normalize('NFKD').replace(MARKS, '');
    // NFKD can yield spaces or dashes (e.g. U+2011, U+00A8): normalise them too.
    folded = folded.replace(/\s/gu, ' ').replace(/[\p{Pd}\u2212]/gu, '-');
  }
  const classes: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.codePointAt(i)!;
    const cls = classify(code);
    classes.push(cls);
    if (code > 0xffff) {
      classes.push(cls === WORD ? WORD : CONT);
      i++;
    }
  }
  return { units: folded, classes };
}

const foldCache = new Map<number, CodePointFold>();
const casefulCache = new Map<number, CodePointFold>();

/** How a code point folds (cached: the set of characters a person types is small). */
export function foldCodePoint(cp: number, keepCase = false): CodePointFold {
  const cache = keepCase ? casefulCache : foldCache;
  let fold = cache.get(cp);
  if (fold === undefined) {
    fold = foldCodePointUncached(cp, keepCase);
    cache.set(cp, fold);
  }
  return fold;
}

// ASCII never needs NFKD: plain tables keep the hot loop free of map lookups.
const ASCII_FOLD = new Uint16Array(128);
const ASCII_CLASS = new Uint8Array(128);
const ASCII_FOLD_CASEFUL = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const fold = foldCodePointUncached(c, false);
  const caseful = foldCodePointUncached(c, true);
  ASCII_FOLD[c] = fold.units.length === 1 ? fold.units.charCodeAt(0) : c;
  ASCII_FOLD_CASEFUL[c] = caseful.units.length === 1 ? caseful.units.charCodeAt(0) : c;
  ASCII_CLASS[c] = fold.classes[0] ?? SYMBOL;
}

/**
 * A folded text in reusable buffers. `units[i]` is a folded UTF-16 code unit, `classes[i]` its
 * class, `origins[i]` the offset in the original text of the code point it came from;
 * `origins[length]` is the original text's length.
 */
export interface FoldedText {
  units: Uint16Array;
  classes: Uint8Array;
  origins: Int32Array;
  length: number;
}

/** Fresh, empty buffers for `foldInto`; they grow as needed and can be reused across calls. */
export function createFoldBuffers(capacity = 1024): FoldedText {
  return {
    units: new Uint16Array(capacity),
    classes: new Uint8Array(capacity),
    origins: new Int32Array(capacity + 1),
    length: 0,
  };
}

function grow(out: FoldedText, needed: number): void {
  let capacity = Math.max(16, out.units.length * 2);
  while (capacity < needed) capacity *= 2;
  const units = new Uint16Array(capacity);
  units.set(out.units);
  const classes = new Uint8Array(capacity);
  classes.set(out.classes);
  const origins = new Int32Array(capacity + 1);
  origins.set(out.origins);
  out.units = units;
  out.classes = classes;
  out.origins = origins;
}

/** Folds `text` into `out` (reusing its buffers) and returns it. */
export function foldInto(text: string, out: FoldedText, keepCase = false): FoldedText {
  const textLength = text.length;
  // ASCII folds 1:1; expansions grow the buffers below.
  if (out.units.length < textLength) grow(out, textLength);
  const asciiFold = keepCase ? ASCII_FOLD_CASEFUL : ASCII_FOLD;
  let units = out.units;
  let classes = out.classes;
  let origins = out.origins;
  let n = 0;
  for (let p = 0; p < textLength; p++) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      units[n] = asciiFold[c]!;
      classes[n] = ASCII_CLASS[c]!;
      origins[n] = p;
      n++;
      continue;
    }
    let cp = c;
    const start = p;
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < textLength) {
      const low = text.charCodeAt(p + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        p++;
      }
    }
    const fold = foldCodePoint(cp, keepCase);
    const foldUnits = fold.units;
    const count = foldUnits.length;
    // Keep room for the rest of the text at one unit per unit: the ASCII path never checks.
    if (n + count + (textLength - p - 1) > units.length) {
      out.length = n;
      grow(out, n + count + (textLength - p - 1));
      units = out.units;
      classes = out.classes;
      origins = out.origins;
    }
    for (let k = 0; k < count; k++) {
      units[n] = foldUnits.charCodeAt(k);
      classes[n] = fold.classes[k]!;
      origins[n] = start;
      n++;
    }
  }
  origins[n] = textLength;
  out.length = n;
  return out;
}

/** Folds a whole string (for keys and tests; scanning uses `foldInto`). */
export function foldString(text: string, keepCase = false): string {
  const folded = foldInto(text, createFoldBuffers(Math.max(16, text.length)), keepCase);
  let result = '';
  for (let i = 0; i < folded.length; i++) result += String.fromCharCode(folded.units[i]!);
  return result;
}

/**
 * Splits folded text into tokens: WORD runs, and SOLO/SYMBOL code points on their own;
 * separators (whitespace, dashes) only delimit. Two texts that give the same tokens are the
 * same name: "Jean-Pierre" = "jean  pierre", "AT&T" = "at & t", "L’Oréal" = "l'oreal".
 */
export function tokenize(folded: FoldedText): string[] {
  const tokens: string[] = [];
  const { units, classes, length } = folded;
  let i = 0;
  while (i < length) {
    const cls = classes[i]!;
    if (cls === SEP) {
      i++;
      continue;
    }
    let j = i + 1;
    if (cls === WORD) while (j < length && classes[j] === WORD) j++;
    else while (j < length && classes[j] === CONT) j++;
    let token = '';
    for (let k = i; k < j; k++) token += String.fromCharCode(units[k]!);
    tokens.push(token);
    i = j;
  }
  return tokens;
}

/**
 * The key a name matches by: its folded tokens joined by single spaces ('' when the name has
 * no token at all). `keepCase` keeps letter case (for matchCase entries) but still folds accents.
 */
export function nameKey(text: string, keepCase = false): string {
  return tokenize(foldInto(text, createFoldBuffers(Math.max(16, text.length)), keepCase)).join(' ');
}
