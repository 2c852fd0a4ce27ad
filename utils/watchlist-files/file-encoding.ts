// Turns an import file's bytes into text, or refuses it: a name stored garbled ("Brasserie
// Fran�aise") never matches what people type, so guessing wrong is worse than asking for UTF-8.
// Rules, in order (docs/storage.md, "Text encoding"):
//   1. a byte-order mark names the encoding: UTF-8, UTF-16LE or UTF-16BE;
//   2. a file with a zero byte and no mark is not text we read (a spreadsheet, UTF-16 without mark);
//   3. bytes that are valid UTF-8 are UTF-8 (plain ASCII included); mostly valid UTF-8 is refused;
//   4. otherwise the file is in a one-byte code page: chardet ranks the candidates, and the file is
//      read as Windows-1252 (what Excel writes in French, English, German, Spanish…) only when no
//      candidate that would read its bytes differently ranks above Windows-1252, and the text it
//      gives has no symbol inside a word (chardet cannot tell a short Big5 or DOS file from it).
import { analyse, type Match } from 'chardet';

export type ReadEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export type DecodedFile =
  | { ok: true; text: string; encoding: ReadEncoding }
  /** The file looks written in `found` (chardet's name), an encoding we do not read. */
  | { ok: false; problem: 'unsupported-encoding'; found: string }
  /** The file says or looks like `found`, but some of its bytes are not valid in it. */
  | { ok: false; problem: 'invalid-bytes'; found: string }
  /** Read as `found`, the word `word` holds a symbol between letters: the encoding is something else. */
  | { ok: false; problem: 'garbled'; found: 'Windows-1252'; word: string }
  /** Zero bytes without a byte-order mark: not text in any encoding we read. */
  | { ok: false; problem: 'not-text' };

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' }[] = [
  // UTF-32LE's mark starts with UTF-16LE's, so it is checked first.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32BE' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

// chardet reports ISO-8859-1 when no byte falls in 0x80–0x9F and windows-1252 when one does; the
// Encoding Standard decodes both labels as Windows-1252, its superset, so both are read as that.
const WINDOWS_1252_NAMES: ReadonlySet<string> = new Set(['ISO-8859-1', 'windows-1252']);
// What chardet calls ASCII is valid UTF-8, handled before it is asked.
const NOT_A_CODE_PAGE: ReadonlySet<string> = new Set(['ASCII', ...WINDOWS_1252_NAMES]);

/** chardet reads every byte for each of its ~25 recognisers (about 0.5 s per MB): it gets a sample. */
const SAMPLE_BYTES = 64 * 1024;

export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  const mark = BYTE_ORDER_MARKS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (mark) {
    if (mark.encoding === 'UTF-32LE' || mark.encoding === 'UTF-32BE')
      return { ok: false, problem: 'unsupported-encoding', found: mark.encoding };
    const text = decodeStrictly(bytes, mark.encoding);
    return text === null ? { ok: false, problem: 'invalid-bytes', found: mark.encoding } : { ok: true, text, encoding: mark.encoding };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'not-text' };

  const utf8 = decodeStrictly(bytes, 'UTF-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
  const sample = sampleOfNonAscii(bytes);
  if (isMostlyUtf8(sample)) return { ok: false, problem: 'invalid-bytes', found: 'UTF-8' };

  const windows1252 = decodeWindows1252(bytes);
  const matches = analyse(sample);
  const windowsConfidence = Math.max(0, ...matches.filter((match) => WINDOWS_1252_NAMES.has(match.name)).map((match) => match.confidence));
  // A candidate that reads these bytes as the same characters (ISO-8859-2 for "é", say) changes nothing.
  const rival = matches.find(
    (match) => match.confidence > windowsConfidence && !NOT_A_CODE_PAGE.has(match.name) && decodeLoosely(bytes, match) !== windows1252,
  );
  if (rival) {
    return rival.name === 'UTF-8'
      ? { ok: false, problem: 'invalid-bytes', found: 'UTF-8' }
      : { ok: false, problem: 'unsupported-encoding', found: rival.name };
  }
  // The five bytes Windows-1252 leaves undefined decode to C1 control characters: not its text.
  if (/[\u0080-\u009f]/.test(windows1252)) return { ok: false, problem: 'invalid-bytes', found: 'Windows-1252' };
  const word = garbledWord(windows1252);
  if (word !== null) return { ok: false, problem: 'garbled', found: 'Windows-1252', word };
  return { ok: true, text: windows1252, encoding: 'Windows-1252' };
}

// The Encoding Standard's Windows-1252 for bytes 0x80–0x9F, the only ones where it differs from
// ISO-8859-1. Browsers decode them so, but Node since 20.18.3 reads "windows-1252" as ISO-8859-1
// (nodejs/node#60888), and this code also runs under Node. The five undefined bytes stay C1 controls.
const WINDOWS_1252_HIGH_CONTROLS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH_CONTROLS[control.charCodeAt(0) - 0x80]!);
}

/**
 * UTF-8 with a few stray bytes (two files pasted together): more valid UTF-8 characters beyond ASCII
 * than broken ones. In a real Windows-1252 file almost no accented letter is followed by the byte a
 * UTF-8 sequence needs, so its high bytes are nearly all broken.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let broken = 0;
  for (const char of new TextDecoder('UTF-8').decode(bytes)) {
    if (char === '\uFFFD') broken++;
    else if (char > '\u007F') valid++;
  }
  return valid > broken;
}

// In Western text the characters beyond ASCII are letters, or symbols between words; inside a word
// only apostrophes, the middle dot, dashes, spaces and the soft hyphen stand between two letters. A DOS
// (code page 850) or Big5 file read as Windows-1252 puts "‡", "‚" or "¿" there ("Fran‡aise").
const ALLOWED_INSIDE_WORD = '’‘´·–—\u00AD';
const LETTER = /[\p{L}\p{M}]/u;
// Windows-1252's symbols above ASCII, listed once: a plain character class scans 20 MB far faster
// than a Unicode-property one.
const SYMBOL_BEYOND_ASCII = new RegExp(
  `[${[...WINDOWS_1252_HIGH_CONTROLS, ...Array.from({ length: 0x60 }, (_, offset) => String.fromCharCode(0xa0 + offset))]
    .filter((char) => !/[\p{L}\p{M}\p{N}\p{Cc}\p{Z}]/u.test(char) && !ALLOWED_INSIDE_WORD.includes(char))
    .join('')}]`,
  'g',
);
const WORD_BOUNDARY = /[\s,;"]/;

/** The first word of a Windows-1252 text holding a symbol between two letters, or null. */
function garbledWord(text: string): string | null {
  for (const { index } of text.matchAll(SYMBOL_BEYOND_ASCII)) {
    if (!LETTER.test(text[index - 1] ?? '') || !LETTER.test(text[index + 1] ?? '')) continue;
    let start = index;
    let end = index + 1;
    while (start > 0 && end - start < 40 && !WORD_BOUNDARY.test(text[start - 1]!)) start--;
    while (end < text.length && end - start < 40 && !WORD_BOUNDARY.test(text[end]!)) end++;
    return text.slice(start, end);
  }
  return null;
}

/** The text, without its byte-order mark, or null when a byte is not valid in that encoding. */
function decodeStrictly(bytes: Uint8Array, encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How a candidate would read the file; null for one this browser cannot decode at all. */
function decodeLoosely(bytes: Uint8Array, match: Match): string | null {
  try {
    return new TextDecoder(match.name).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The lines holding bytes above 0x7F, up to SAMPLE_BYTES: only they tell code pages apart, and a
 * long ASCII head would otherwise fill a plain prefix sample with no evidence at all.
 */
function sampleOfNonAscii(bytes: Uint8Array): Uint8Array {
  const sample = new Uint8Array(Math.min(bytes.length, SAMPLE_BYTES));
  let length = 0;
  let lineStart = 0;
  let lineHasHighByte = false;
  for (let index = 0; index <= bytes.length && length < sample.length; index++) {
    const byte = bytes[index];
    if (byte === undefined || byte === 0x0a) {
      if (lineHasHighByte) {
        const line = bytes.subarray(lineStart, Math.min(index + 1, lineStart + sample.length - length));
        sample.set(line, length);
        length += line.length;
      }
      lineStart = index + 1;
      lineHasHighByte = false;
    } else if (byte > 0x7f) lineHasHighByte = true;
  }
  return sample.subarray(0, length);
}
