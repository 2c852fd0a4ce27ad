// A set of fingerprints (integers below 2^bits, bits ≤ 52) stored Golomb-Rice coded: sorted, the
// gaps between neighbours coded as a unary quotient and `rice` low bits. The value range is cut
// into 2^bucketBits equal buckets (about 64 to 128 members each) and each bucket's first bit is
// kept, so a lookup decodes one bucket and never builds anything: loading is copying bytes.
//
// Bytes (little-endian): 16-byte header (format 1, bits, rice, bucketBits, count u32, code bit
// length u32, 4 zero bytes), then one u32 bit offset per bucket, then the code as u32 words.
import { BitWriter } from './bit-writer';
import { type BitCursor, readBits, readUnary } from './bit-reader';

const FORMAT = 1;
const HEADER_BYTES = 16;
export const MAX_FINGERPRINT_BITS = 52;
/** Members per bucket at least (and fewer than twice that): the most a lookup decodes on average. */
const BUCKET_MEMBERS = 64;

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export class CodedSetError extends Error {
  override name = 'CodedSetError';
}

/** The coded form of `values` (integers in [0, 2^bits)); repeated values are kept once. */
export function encodeCodedSet(values: Float64Array | readonly number[], bits: number): Uint8Array {
  if (!Number.isInteger(bits) || bits < 1 || bits > MAX_FINGERPRINT_BITS) {
    throw new RangeError(`A coded set holds values of 1 to ${MAX_FINGERPRINT_BITS} bits, not ${bits}.`);
  }
  const limit = 2 ** bits;
  const sorted = Float64Array.from(values).sort();
  for (const value of sorted) {
    if (!Number.isInteger(value) || value < 0 || value >= limit) {
      throw new RangeError(`A coded set of ${bits}-bit values cannot hold ${value}.`);
    }
  }
  const members = dedupe(sorted);
  const count = members.length;
  const bucketBits = Math.max(0, Math.min(bits, 24, Math.floor(Math.log2(Math.max(1, count / BUCKET_MEMBERS)))));
  const bucketWidth = 2 ** (bits - bucketBits);
  const gaps = gapsOf(members, bucketWidth);
  const rice = riceParameter(gaps, bits);
  const riceWidth = 2 ** rice;

  const writer = new BitWriter();
  const offsets = new Uint32Array(2 ** bucketBits);
  let bucket = -1;
  for (let k = 0; k < count; k++) {
    const own = Math.floor(members[k]! / bucketWidth);
    while (bucket < own) offsets[++bucket] = writer.length;
    const quotient = Math.floor(gaps[k]! / riceWidth);
    writer.writeUnary(quotient);
    writer.write(gaps[k]! - quotient * riceWidth, rice);
  }
  while (bucket < offsets.length - 1) offsets[++bucket] = writer.length;
  if (writer.length > 0xffff_ffff) throw new RangeError('A coded set must fit in 2^32 bits.');
  const words = writer.finish();

  const bytes = new Uint8Array(HEADER_BYTES + offsets.length * 4 + words.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, FORMAT);
  view.setUint8(1, bits);
  view.setUint8(2, rice);
  view.setUint8(3, bucketBits);
  view.setUint32(4, count, true);
  view.setUint32(8, writer.length, true);
  let at = HEADER_BYTES;
  for (const offset of offsets) {
    view.setUint32(at, offset, true);
    at += 4;
  }
  for (const word of words) {
    view.setUint32(at, word, true);
    at += 4;
  }
  return bytes;
}

function dedupe(sorted: Float64Array): Float64Array {
  let kept = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k]!;
  return sorted.subarray(0, kept);
}

/** Each member's gap: from its bucket's start for a bucket's first, else from the previous member less one. */
function gapsOf(members: Float64Array, bucketWidth: number): Float64Array {
  const gaps = new Float64Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const value = members[k]!;
    const base = Math.floor(value / bucketWidth) * bucketWidth;
    const previous = k > 0 ? members[k - 1]! : -1;
    gaps[k] = previous >= base ? value - previous - 1 : value - base;
  }
  return gaps;
}

/** The Rice parameter that codes these gaps in the fewest bits (tried around log2 of their mean). */
function riceParameter(gaps: Float64Array, bits: number): number {
  if (gaps.length === 0) return 0;
  let sum = 0;
  for (const gap of gaps) sum += gap;
  const around = Math.max(0, Math.floor(Math.log2(Math.max(1, sum / gaps.length))));
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let rice = Math.max(0, around - 2); rice <= Math.min(bits, around + 2); rice++) {
    const width = 2 ** rice;
    let cost = 0;
    for (const gap of gaps) cost += Math.floor(gap / width) + 1 + rice;
    if (cost < bestCost) {
      bestCost = cost;
      best = rice;
    }
  }
  return best;
}

/** A coded set read back: membership tests straight on the coded bytes. */
export class CodedSet {
  readonly bits: number;
  readonly count: number;
  private readonly rice: number;
  private readonly riceWidth: number;
  private readonly bucketWidth: number;
  private readonly offsets: Uint32Array;
  private readonly codeLength: number;
  private readonly cursor: BitCursor;

  /** Throws a CodedSetError (a sentence saying what is wrong) when the bytes are not a coded set. */
  constructor(bytes: Uint8Array) {
    if (bytes.length < HEADER_BYTES)
      throw new CodedSetError(`A coded set needs a ${HEADER_BYTES}-byte header; it has ${bytes.length} bytes.`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const format = view.getUint8(0);
    const bits = view.getUint8(1);
    const rice = view.getUint8(2);
    const bucketBits = view.getUint8(3);
    if (format !== FORMAT) throw new CodedSetError(`A coded set of format ${format} cannot be read here (format ${FORMAT}).`);
    if (bits < 1 || bits > MAX_FINGERPRINT_BITS || rice > bits || bucketBits > Math.min(bits, 24)) {
      throw new CodedSetError(
        `A coded set's header is damaged: ${bits} bits per value, Rice parameter ${rice}, ${bucketBits} bucket bits.`,
      );
    }
    const bucketCount = 2 ** bucketBits;
    const codeLength = view.getUint32(8, true);
    const wordCount = Math.ceil(codeLength / 32);
    const expected = HEADER_BYTES + bucketCount * 4 + wordCount * 4;
    if (bytes.length !== expected) {
      throw new CodedSetError(`A coded set is cut or padded: its header calls for ${expected} bytes; it has ${bytes.length}.`);
    }
    const offsets = new Uint32Array(bucketCount);
    let at = HEADER_BYTES;
    for (let k = 0; k < bucketCount; k++, at += 4) {
      offsets[k] = view.getUint32(at, true);
      if (offsets[k]! < (k > 0 ? offsets[k - 1]! : 0) || offsets[k]! > codeLength) {
        throw new CodedSetError(`A coded set's bucket ${k + 1} starts at bit ${offsets[k]}, out of order or past its code.`);
      }
    }
    let words: Uint32Array;
    if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0) {
      // The code as it lies in the bytes: nothing to copy on the usual (little-endian) machine.
      words = new Uint32Array(bytes.buffer, bytes.byteOffset + at, wordCount);
    } else {
      words = new Uint32Array(wordCount);
      for (let k = 0; k < wordCount; k++, at += 4) words[k] = view.getUint32(at, true);
    }
    this.bits = bits;
    this.count = view.getUint32(4, true);
    this.rice = rice;
    this.riceWidth = 2 ** rice;
    this.bucketWidth = 2 ** (bits - bucketBits);
    this.offsets = offsets;
    this.codeLength = codeLength;
    this.cursor = { words, at: 0 };
  }

  /** Whether `value` (an integer in [0, 2^bits)) is a member: decodes its bucket up to it. */
  has(value: number): boolean {
    const bucket = Math.floor(value / this.bucketWidth);
    const offsets = this.offsets;
    if (bucket >= offsets.length) return false;
    const end = bucket + 1 < offsets.length ? offsets[bucket + 1]! : this.codeLength;
    const cursor = this.cursor;
    const words = cursor.words;
    const lastWord = words.length - 1;
    const rice = this.rice;
    const riceWidth = this.riceWidth;
    let at = offsets[bucket]!;
    let member = bucket * this.bucketWidth - 1;
    while (at < end) {
      // The common code fits the next 32 bits: read them at once (a lookup is on the typing path).
      const index = at >>> 5;
      const offset = at & 31;
      const window =
        offset === 0 ? words[index]! : ((words[index]! << offset) | (index < lastWord ? words[index + 1]! >>> (32 - offset) : 0)) >>> 0;
      let quotient = Math.clz32(window);
      let remainder: number;
      if (quotient + 1 + rice <= 32) {
        remainder = rice === 0 ? 0 : (window << (quotient + 1)) >>> (32 - rice);
        at += quotient + 1 + rice;
      } else {
        cursor.at = at;
        quotient = readUnary(cursor, end);
        // A damaged bucket holds nothing that can be trusted.
        if (quotient < 0) return false;
        remainder = readBits(cursor, rice);
        at = cursor.at;
      }
      if (at > end) return false;
      member += 1 + quotient * riceWidth + remainder;
      if (member >= value) return member === value;
    }
    return false;
  }
}
