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
const ASCII_FOLD_CASEFUL = new Uint16Array(128);
/** The class of every ASCII code unit (folded or not: ASCII folds to ASCII of the same class). */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const fold = foldCodePointUncached(c, false);
  const caseful = foldCodePointUncached(c, true);
  ASCII_FOLD[c] = fold.units.length === 1 ? fold.units.charCodeAt(0) : c;
  ASCII_FOLD_CASEFUL[c] = caseful.units.length === 1 ? caseful.units.charCodeAt(0) : c;
  ASCII_CLASS[c] = fold.classes[0] ?? SYMBOL;
}

/**
 * A folded text in reusable buffers, cut into tokens as it is folded.
 *
 * `units[i]` is a folded UTF-16 code unit. Its class is `ASCII_CLASS[unit]` for ASCII units and
 * `classes[i]` otherwise (use `classAt`): the fast loop only writes ASCII units, and no class.
 *
 * Tokens (see `tokenize`): token `t` is `units[tokenStarts[t], tokenEnds[t])`.
 *
 * Offsets back into the original text are kept sparsely: ASCII and other one-unit-to-one-unit
 * folds shift nothing, so only the code points whose fold changes length (ß → ss, ﬃ → ffi,
 * surrogate pairs, stripped marks) are recorded, as spans `[foldedStart, sourceStart,
 * foldedCount, sourceCount]` in `spans` (see `originOf`).
 */
export interface FoldedText {
  units: Uint16Array;
  classes: Uint8Array;
  length: number;
  tokenStarts: Int32Array;
  tokenEnds: Int32Array;
  /**
   * `tokenHashes[t]` is the hash of token `t`'s units, computed while folding: FNV-1a over the
   * folded units from 0 (not FNV's offset basis: the fold loop restarts it at a word start by
   * masking it to 0). The scan probes its filter and trie with it and never reads a token's units
   * again to hash them.
   */
  tokenHashes: Int32Array;
  tokenCount: number;
  /** Length of the original text. */
  sourceLength: number;
  spans: Int32Array;
  spanCount: number;
}

/** Fresh, empty buffers for `foldInto`; they grow as needed and can be reused across calls. */
export function createFoldBuffers(capacity = 1024): FoldedText {
  return {
    units: new Uint16Array(capacity),
    classes: new Uint8Array(capacity),
    length: 0,
    tokenStarts: new Int32Array(capacity + 1),
    tokenEnds: new Int32Array(capacity + 1),
    tokenHashes: new Int32Array(capacity + 1),
    tokenCount: 0,
    sourceLength: 0,
    spans: new Int32Array(64),
    spanCount: 0,
  };
}

function grown<T extends Uint16Array | Uint8Array | Int32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/** Grows every per-unit buffer (there are never more tokens than units) to hold `needed` units. */
function grow(out: FoldedText, needed: number): void {
  let capacity = Math.max(16, out.units.length * 2);
  while (capacity < needed) capacity *= 2;
  out.units = grown(out.units, capacity);
  out.classes = grown(out.classes, capacity);
  out.tokenStarts = grown(out.tokenStarts, capacity + 1);
  out.tokenEnds = grown(out.tokenEnds, capacity + 1);
  out.tokenHashes = grown(out.tokenHashes, capacity + 1);
}

/** Multiplier of the token hash (FNV-1a's 32-bit prime). */
export const TOKEN_HASH_PRIME = 0x01000193;

// Everything the fast loop needs about a code unit in one load: its fold in the low 16 bits,
// bit 16 set for WORD units, bit 17 for SYMBOL units (a token of their own). The fast loop
// covers ASCII and the Latin letters whose fold is one ASCII unit (é → e, Ç → c, NBSP → space):
// French and English text rarely leaves it. Anything else (ß → ss, œ, marks, other scripts)
// has bit 18 set and takes `foldCodePointInto`.
const FAST_LIMIT = 0x250;
const SLOW = 1 << 18;
function packedTable(keepCase: boolean): Uint32Array {
  const table = new Uint32Array(FAST_LIMIT);
  for (let c = 0; c < FAST_LIMIT; c++) {
    const fold = c < 128 ? null : foldCodePointUncached(c, keepCase);
    const unit = c < 128 ? (keepCase ? ASCII_FOLD_CASEFUL : ASCII_FOLD)[c]! : fold!.units.length === 1 ? fold!.units.charCodeAt(0) : -1;
    if (unit < 0 || unit >= 128 || (c >= 0xd800 && c <= 0xdfff)) {
      table[c] = SLOW;
      continue;
    }
    const cls = ASCII_CLASS[unit]!;
    table[c] = unit | (cls === WORD ? 1 << 16 : 0) | (cls === SYMBOL ? 1 << 17 : 0);
  }
  return table;
}
const FAST_PACKED = packedTable(false);
const FAST_PACKED_CASEFUL = packedTable(true);

/**
 * Where `foldInto` stands when `foldCodePointInto` hands back: [offset in the text, units
 * written, tokens complete, inWord, wordStart, hash of the token being read]. An Int32Array, so the loop's counters stay
 * integers (read from an object's fields they slowed the fast loop by a third).
 */
const handBack = new Int32Array(6);

/**
 * Folds `text` into `out` (reusing its buffers) and cuts it into tokens, in one pass.
 * Returns `out`.
 *
 * Tokens [0, tokenCount) are complete; while `inWord` is 1, the WORD run being read is token
 * `tokenCount` (from `wordStart`). The fast loop is branch-free on purpose: word boundaries
 * are unpredictable, and mispredicted branches cost more than the few arithmetic operations
 * and stores that replace them (the stores past the last token are simply overwritten later).
 */
export function foldInto(text: string, out: FoldedText, keepCase = false): FoldedText {
  const textLength = text.length;
  // The fast loop never checks capacity: there is always room for the rest at one unit per unit.
  if (out.units.length < textLength) grow(out, textLength);
  const fast = keepCase ? FAST_PACKED_CASEFUL : FAST_PACKED;
  // Module constants as locals: the hot loop would otherwise load them on every character.
  const fastLimit = FAST_LIMIT;
  const slow = SLOW;
  const prime = TOKEN_HASH_PRIME;
  const state = handBack;
  out.spanCount = 0;
  let p = 0;
  let n = 0;
  let tokenCount = 0;
  let inWord = 0;
  let wordStart = 0;
  let hash = 0;
  while (p < textLength) {
    const units = out.units;
    const tokenStarts = out.tokenStarts;
    const tokenEnds = out.tokenEnds;
    const tokenHashes = out.tokenHashes;
    for (; p < textLength; p++) {
      const c = text.charCodeAt(p);
      if (c >= fastLimit) break;
      const packed = fast[c]!;
      if (packed === slow) break;
      units[n] = packed & 0xffff;
      const word = (packed >>> 16) & 1;
      tokenCount += inWord & (word ^ 1); // a non-word unit ends the word being read
      const keepStart = -(word & inWord); // all ones while the word goes on
      wordStart = (wordStart & keepStart) | (n & ~keepStart);
      // The token's hash, rolled here so tokens are never re-read (restarts with each token).
      hash = Math.imul((hash & keepStart) ^ (packed & 0xffff), prime);
      tokenStarts[tokenCount] = wordStart;
      tokenEnds[tokenCount] = n + 1;
      tokenHashes[tokenCount] = hash;
      tokenCount += packed >>> 17; // a symbol is a token of its own
      inWord = word;
      n++;
    }
    if (p < textLength) {
      state[0] = p;
      state[1] = n;
      state[2] = tokenCount;
      state[3] = inWord;
      state[4] = wordStart;
      state[5] = hash;
      foldCodePointInto(text, out, state, keepCase);
      p = state[0]!;
      n = state[1]!;
      tokenCount = state[2]!;
      inWord = state[3]!;
      wordStart = state[4]!;
      hash = state[5]!;
    }
  }
  out.length = n;
  out.tokenCount = tokenCount + inWord;
  out.sourceLength = textLength;
  return out;
}

/**
 * Texts up to this many code units (20 KB of typing and more) fold into `scanBuffers`.
 * Their typed arrays are module constants: the optimising compiler then embeds their addresses
 * and lengths in `foldForScan`'s loop instead of loading them per character, and that loop ran
 * ≈ 1.5× faster than `foldInto`'s same loop over buffers read from an object (V8 11, Node 20).
 * Longer texts, or texts whose folding outgrows them (ﬃ → ffi…), take `foldInto`.
 */
export const SCAN_BUFFER_CAPACITY = 1 << 15;
const scanUnits = new Uint16Array(SCAN_BUFFER_CAPACITY);
const scanClasses = new Uint8Array(SCAN_BUFFER_CAPACITY);
const scanTokenStarts = new Int32Array(SCAN_BUFFER_CAPACITY + 1);
const scanTokenEnds = new Int32Array(SCAN_BUFFER_CAPACITY + 1);
const scanTokenHashes = new Int32Array(SCAN_BUFFER_CAPACITY + 1);
const scanBuffers: FoldedText = {
  units: scanUnits,
  classes: scanClasses,
  length: 0,
  tokenStarts: scanTokenStarts,
  tokenEnds: scanTokenEnds,
  tokenHashes: scanTokenHashes,
  tokenCount: 0,
  sourceLength: 0,
  spans: new Int32Array(64),
  spanCount: 0,
};

/**
 * `foldInto(text, buffers)` for a scan (case folded), into module buffers shared by every
 * scanner: valid until the next `foldForScan`. Returns null when the text does not fit (then
 * use `foldInto`). The loop is `foldInto`'s, repeated so that it sees the constant buffers.
 */
export function foldForScan(text: string): FoldedText | null {
  const textLength = text.length;
  if (textLength > SCAN_BUFFER_CAPACITY) return null;
  const out = scanBuffers;
  const state = handBack;
  out.spanCount = 0;
  state.fill(0);
  for (;;) {
    scanFastRun(text);
    if (state[0]! >= textLength) break;
    foldCodePointInto(text, out, state, false);
    if (state[0]! < 0) return null;
  }
  out.length = state[1]!;
  out.tokenCount = state[2]! + state[3]!;
  out.sourceLength = textLength;
  return out;
}

/**
 * `foldForScan`'s loop, from `handBack` to the first code unit the tables do not fold (or the
 * end), where it leaves its state in `handBack`. A function of its own with no call inside: with
 * the slow path's call in the same loop nest, V8 kept the counters in memory and the loop ran
 * 1.4–2.7× slower.
 */
function scanFastRun(text: string): void {
  const textLength = text.length;
  const fast = FAST_PACKED;
  const fastLimit = FAST_LIMIT;
  const slow = SLOW;
  const prime = TOKEN_HASH_PRIME;
  const state = handBack;
  let p = state[0]!;
  let n = state[1]!;
  let tokenCount = state[2]!;
  let inWord = state[3]!;
  let wordStart = state[4]!;
  let hash = state[5]!;
  for (; p < textLength; p++) {
    const c = text.charCodeAt(p);
    if (c >= fastLimit) break;
    const packed = fast[c]!;
    if (packed === slow) break;
    scanUnits[n] = packed & 0xffff;
    const word = (packed >>> 16) & 1;
    tokenCount += inWord & (word ^ 1);
    const keepStart = -(word & inWord);
    wordStart = (wordStart & keepStart) | (n & ~keepStart);
    hash = Math.imul((hash & keepStart) ^ (packed & 0xffff), prime);
    scanTokenStarts[tokenCount] = wordStart;
    scanTokenEnds[tokenCount] = n + 1;
    scanTokenHashes[tokenCount] = hash;
    tokenCount += packed >>> 17;
    inWord = word;
    n++;
  }
  state[0] = p;
  state[1] = n;
  state[2] = tokenCount;
  state[3] = inWord;
  state[4] = wordStart;
  state[5] = hash;
}

/** Folds the code point at `state[0]` into `out`, and moves `state` past it. */
function foldCodePointInto(text: string, out: FoldedText, state: Int32Array, keepCase: boolean): void {
  const textLength = text.length;
  let p = state[0]!;
  const start = p;
  let cp = text.charCodeAt(p);
  if (cp >= 0xd800 && cp <= 0xdbff && p + 1 < textLength) {
    const low = text.charCodeAt(p + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      p++;
    }
  }
  const fold = foldCodePoint(cp, keepCase);
  const foldUnits = fold.units;
  const count = foldUnits.length;
  let n = state[1]!;
  if (n + count + (textLength - p - 1) > out.units.length) {
    // The scanner's fixed buffers cannot grow: hand back, and `foldForScan` says so.
    if (out === scanBuffers) {
      state[0] = -1;
      return;
    }
    grow(out, n + count + (textLength - p - 1));
  }
  const sourceCount = p + 1 - start;
  if (count !== sourceCount) {
    if ((out.spanCount + 1) * 4 > out.spans.length) out.spans = grown(out.spans, out.spans.length * 2);
    const s = out.spanCount++ * 4;
    out.spans[s] = n;
    out.spans[s + 1] = start;
    out.spans[s + 2] = count;
    out.spans[s + 3] = sourceCount;
  }
  const { units, classes, tokenStarts, tokenEnds, tokenHashes } = out;
  let tokenCount = state[2]!;
  let inWord = state[3]!;
  let wordStart = state[4]!;
  let hash = state[5]!;
  for (let k = 0; k < count; k++) {
    const cls = fold.classes[k]!;
    const unit = foldUnits.charCodeAt(k);
    units[n] = unit;
    classes[n] = cls;
    if (cls === WORD) {
      if (inWord === 0) {
        wordStart = n;
        hash = 0;
      }
      hash = Math.imul(hash ^ unit, TOKEN_HASH_PRIME);
      tokenStarts[tokenCount] = wordStart;
      tokenEnds[tokenCount] = n + 1;
      tokenHashes[tokenCount] = hash;
      inWord = 1;
    } else {
      tokenCount += inWord;
      inWord = 0;
      if (cls === CONT && tokenCount > 0 && tokenEnds[tokenCount - 1] === n) {
        // The low surrogate of a SOLO/SYMBOL code point: part of the token just cut.
        hash = Math.imul(hash ^ unit, TOKEN_HASH_PRIME);
        tokenEnds[tokenCount - 1] = n + 1;
        tokenHashes[tokenCount - 1] = hash;
      } else if (cls !== SEP) {
        hash = Math.imul(unit, TOKEN_HASH_PRIME);
        tokenStarts[tokenCount] = n;
        tokenHashes[tokenCount] = hash;
        tokenEnds[tokenCount++] = n + 1;
      }
    }
    n++;
  }
  state[0] = p + 1;
  state[1] = n;
  state[2] = tokenCount;
  state[3] = inWord;
  state[4] = wordStart;
  state[5] = hash;
}

/** The class of folded unit `i`. */
export function classAt(folded: FoldedText, i: number): number {
  const unit = folded.units[i]!;
  return unit < 128 ? ASCII_CLASS[unit]! : folded.classes[i]!;
}

/** Index of the last span whose folded start is < i (strict) or ≤ i, or -1. */
function lastSpanBefore(folded: FoldedText, i: number, inclusive: boolean): number {
  const { spans } = folded;
  let low = 0;
  let high = folded.spanCount - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = spans[mid * 4]!;
    if (start < i || (inclusive && start === i)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The offset in the original text of folded unit `i`: where the code point that produced it
 * starts (units of a fold that keeps the length, like a surrogate pair folding to a surrogate
 * pair, map one to one); for `i === length`, the original text's length. Characters folded
 * away (combining marks, invisible characters) belong to what comes before them.
 */
export function originOf(folded: FoldedText, i: number): number {
  if (i >= folded.length) return folded.sourceLength;
  const span = lastSpanBefore(folded, i, true);
  if (span === -1) return i;
  const s = span * 4;
  const { spans } = folded;
  const foldedStart = spans[s]!;
  const foldedCount = spans[s + 2]!;
  if (i < foldedStart + foldedCount) return spans[s + 1]!;
  return spans[s + 1]! + spans[s + 3]! + (i - foldedStart - foldedCount);
}

/** Whether folded offset `i` falls between two units of one code point's fold (ß → s|s). */
export function splitsCodePoint(folded: FoldedText, i: number): boolean {
  if (i <= 0 || i >= folded.length) return false;
  const span = lastSpanBefore(folded, i, false);
  if (span === -1) return false;
  const s = span * 4;
  return i < folded.spans[s]! + folded.spans[s + 2]!;
}

// Shared buffers for keys: compiling a watchlist folds hundreds of thousands of short terms.
const keyFold = createFoldBuffers(256);
let keyUnits = new Uint16Array(512);

/** The string of `units[start, end)`. */
export function stringOfUnits(units: Uint16Array, start: number, end: number): string {
  let result = '';
  for (let from = start; from < end; from += 4096) {
    result += String.fromCharCode.apply(null, units.subarray(from, Math.min(end, from + 4096)) as unknown as number[]);
  }
  return result;
}

// Printable ASCII (no backquote, which folds to an apostrophe) folds by lower-casing alone:
// compiling a watchlist takes this path for most terms.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
// …and a name made only of letters and digits separated by single spaces is its own key.
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Folds a whole string (for keys and tests; scanning uses `foldInto`). */
export function foldString(text: string, keepCase = false): string {
  if (PLAIN_ASCII.test(text)) return keepCase ? text : text.toLowerCase();
  const folded = foldInto(text, keyFold, keepCase);
  return stringOfUnits(folded.units, 0, folded.length);
}

/**
 * Splits folded text into tokens: WORD runs, and SOLO/SYMBOL code points on their own;
 * separators (whitespace, dashes) only delimit. Two texts that give the same tokens are the
 * same name: "Jean-Pierre" = "jean  pierre", "AT&T" = "at & t", "L’Oréal" = "l'oreal".
 */
export function tokenize(folded: FoldedText): string[] {
  const key = tokensJoined(folded);
  return key === '' ? [] : key.split(' ');
}

/** The tokens of a folded text joined by single spaces. */
function tokensJoined(folded: FoldedText): string {
  const { units, tokenStarts, tokenEnds, tokenCount } = folded;
  if (keyUnits.length < folded.length * 2) keyUnits = new Uint16Array(folded.length * 2);
  let n = 0;
  for (let t = 0; t < tokenCount; t++) {
    if (t > 0) keyUnits[n++] = 0x20;
    for (let k = tokenStarts[t]!; k < tokenEnds[t]!; k++) keyUnits[n++] = units[k]!;
  }
  return stringOfUnits(keyUnits, 0, n);
}

/**
 * The key a name matches by: its folded tokens joined by single spaces ('' when the name has
 * no token at all). `keepCase` keeps letter case (for matchCase entries) but still folds accents.
 */
export function nameKey(text: string, keepCase = false): string {
  if (PLAIN_NAME.test(text)) return keepCase ? text : text.toLowerCase();
  return tokensJoined(foldInto(text, keyFold, keepCase));
}
