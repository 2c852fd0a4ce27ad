import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONT,
  SEP,
  SOLO,
  SYMBOL,
  WORD,
  classAt,
  createFoldBuffers,
  foldInto,
  foldString,
  nameKey,
  originOf,
  splitsCodePoint,
  tokenize,
  type FoldedText,
} from '../../../utils/matcher/normalize';

const originsOf = (out: FoldedText): number[] => Array.from({ length: out.length + 1 }, (_, i) => originOf(out, i));
const classesOf = (out: FoldedText): number[] => Array.from({ length: out.length }, (_, i) => classAt(out, i));

describe('foldString', () => {
  it.each([
    ['case', 'ACME Robotics', 'acme robotics'],
    ['precomposed accents', 'Société Générale', 'societe generale'],
    ['decomposed accents', 'Socie\u0301te\u0301', 'societe'],
    ['full-width letters', 'Ｓｏｃｉéｔé', 'societe'],
    ['sharp s', 'Straße', 'strasse'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['ligatures', 'ﬁnance Œuvre', 'finance œuvre'],
    ['curly apostrophes', 'L’Oréal L‘Oréal Lʼx', "l'oreal l'oreal l'x"],
    ['dashes', 'a–b—c‑d−e', 'a-b-c-d-e'],
    ['non-breaking and other spaces', 'a\u00A0b\u2009c\u3000d', 'a b c d'],
    ['invisible characters', 'Ac\u00ADme\u200B', 'acme'],
    ['final sigma', 'ΟΔΟΣ οδος', 'οδοσ οδοσ'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['math alphanumerics (surrogate pairs)', '\u{1D400}\u{1D401}', 'ab'],
    ['half-width katakana', 'ｿﾆｰ', 'ソニー'],
  ])('folds %s', (_what, input, expected) => {
    expect(foldString(input)).toBe(expected);
  });

  it.each([
    ['keeps case but folds accents', 'Société', 'Societe'],
    ['keeps case of full-width letters', 'ＯＲＡＮＧＥ', 'ORANGE'],
  ])('with keepCase %s', (_what, input, expected) => {
    expect(foldString(input, true)).toBe(expected);
  });
});

describe('foldInto', () => {
  it.each([
    // text, folded, origin of each folded unit
    ['ab', 'ab', [0, 1, 2]],
    ['ßa', 'ssa', [0, 0, 1, 2]],
    ['e\u0301x', 'ex', [0, 2, 3]],
    ['\u{1D400}b', 'ab', [0, 2, 3]],
    ['ﬃ!', 'ffi!', [0, 0, 0, 1, 2]],
    ['a\u0301\u0301b\u200B', 'ab', [0, 3, 5]],
    ['Éß\u{1D400}ﬁx', 'essafix', [0, 1, 1, 2, 4, 4, 5, 6]],
  ])('maps every folded unit of %j back to the original', (text, folded, origins) => {
    const out = foldInto(text, createFoldBuffers(1));
    expect(String.fromCharCode(...out.units.subarray(0, out.length))).toBe(folded);
    expect(originsOf(out)).toEqual(origins);
  });

  it.each([
    ['ßa', [false, true, false, false]],
    ['aﬃ', [false, false, true, true, false]],
    ['e\u0301e', [false, false, false]],
  ])('knows which folded offsets of %j split one character’s fold', (text, splits) => {
    const out = foldInto(text, createFoldBuffers());
    expect(Array.from({ length: out.length + 1 }, (_, i) => splitsCodePoint(out, i))).toEqual(splits);
  });

  it.each([
    ['a', WORD],
    ['7', WORD],
    ['é', WORD],
    ['東', SOLO],
    ['ひ', SOLO],
    ['ไ', SOLO],
    [' ', SEP],
    ['\n', SEP],
    ['—', SEP],
    ['&', SYMBOL],
    ["'", SYMBOL],
  ])('classifies %j as %i', (text, cls) => {
    expect(classAt(foldInto(text, createFoldBuffers()), 0)).toBe(cls);
  });

  it('marks the low surrogate of a symbol as a continuation', () => {
    const out = foldInto('😀', createFoldBuffers());
    expect(classesOf(out)).toEqual([SYMBOL, CONT]);
  });

  it('grows its buffers for expanding text and keeps them across calls', () => {
    const buffers = createFoldBuffers(2);
    const long = 'ﷺ'.repeat(50);
    const out = foldInto(long, buffers);
    expect(out.length).toBe(foldString('ﷺ').length * 50);
    expect(originOf(out, out.length)).toBe(50);
    expect(foldInto('ab', buffers).length).toBe(2);
  });

  it('maps origins monotonically and inside the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const out = foldInto(text, createFoldBuffers(4));
        const origins = originsOf(out);
        for (let i = 0; i < out.length; i++) {
          expect(origins[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : origins[i - 1]!);
          expect(origins[i]).toBeLessThan(text.length);
          // Every folded unit comes from the code point at its origin (where a fold keeps the
          // length, units map one to one, so a low surrogate maps to itself).
          const origin = origins[i]!;
          const isLowSurrogate = /^[\uDC00-\uDFFF]$/.test(text[origin]!) && /^[\uD800-\uDBFF]$/.test(text[origin - 1] ?? '');
          const codePoint = String.fromCodePoint(text.codePointAt(isLowSurrogate ? origin - 1 : origin)!);
          expect(foldString(codePoint)).toContain(String.fromCharCode(out.units[i]!));
        }
        expect(origins[out.length]).toBe(text.length);
      }),
    );
  });

  it('folds a text as the concatenation of its code points’ folds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(foldString(text)).toBe([...text].map((ch) => foldString(ch)).join(''));
      }),
    );
  });
});

describe('nameKey', () => {
  it.each([
    ['Acme Robotics', 'acme robotics'],
    ['  Acme \n\t Robotics ', 'acme robotics'],
    ['Jean-Pierre', 'jean pierre'],
    ['Jean – Pierre', 'jean pierre'],
    ['AT&T', 'at & t'],
    ['3M', '3m'],
    ['L’Oréal', "l ' oreal"],
    ['東京電力', '東 京 電 力'],
    ['Sony株式会社', 'sony 株 式 会 社'],
    ['bob@acme.com', 'bob @ acme . com'],
    ['— \u200B', ''],
  ])('of %j is %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('takes the same key through its plain-ASCII shortcut as through folding', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 20 }), fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/)),
        fc.boolean(),
        (text, keepCase) => {
          const folded = foldInto(text, createFoldBuffers(), keepCase);
          expect(nameKey(text, keepCase)).toBe(tokenize(folded).join(' '));
          expect(foldString(text, keepCase)).toBe(String.fromCharCode(...folded.units.subarray(0, folded.length)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps case when asked', () => {
    expect(nameKey('Orange  Télécom', true)).toBe('Orange Telecom');
  });

  it('tokenizes folded text into the tokens of its key', () => {
    expect(tokenize(foldInto('AT&T rocks', createFoldBuffers()))).toEqual(['at', '&', 't', 'rocks']);
  });
});
