// Base64 for the compiled form and list files: bytes come back as they went in, and text that is
// not padded base64 is refused in a sentence.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random';
import { base64ToBytes, bytesToBase64 } from '../../../utils/matcher/base64';

describe('base64', () => {
  it('decodes what it encodes, at every length and tail', () => {
    const random = seededRandom(5);
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });

  it.each([
    ['a character outside the alphabet', 'QUJD*A=='],
    ['a character beyond ASCII', 'QUJDé==='],
    ['padding inside the text', 'QU==REVG'],
    ['a length that is not a multiple of 4', 'QUJDRA'],
    ['white space', 'QUJD RA='],
  ])('refuses %s', (_, text) => {
    expect(() => base64ToBytes(text)).toThrow(new SyntaxError(`“${text}” is not base64 text.`));
  });
});
