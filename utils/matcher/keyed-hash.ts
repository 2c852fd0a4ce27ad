// The two hashes of a hashed team list, shared by packing a list (hashed-terms.ts) and scanning
// text (hashed-index.ts):
// - the real keyed hash a list stores for each term: BLAKE3 in keyed mode (@noble/hashes) over
//   a kind letter and the term's folded key, with the list's own random 32-byte key, so the same
//   name gives unrelated hashes in two lists and no table can be computed ahead of a list;
// - a cheap keyed prefilter: a Bloom filter over the first token and over each whole token run of
//   every name, probed with the token hashes the fold loop already computed, so a word that
//   starts no name costs two multiplies and a load, and only runs that pass pay for BLAKE3.
import { blake3 } from '@noble/hashes/blake3.js';
import { base64ToBytes, bytesToBase64 } from './base64';
import { TOKEN_HASH_PRIME } from './normalize';

export { HASH_SCHEME } from './types';

/** Bytes of a term's keyed hash in a list file (64 bits). */
export const HASHED_TERM_BYTES = 8;
export const LIST_KEY_BYTES = 32;

/** The kind letter hashed with each term, so a name and a domain with the same text differ. */
export const HashTag = { name: 'n', caseSensitiveName: 'c', email: 'e', domain: 'd' } as const;
export type HashTag = (typeof HashTag)[keyof typeof HashTag];

const encoder = new TextEncoder();
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * The keyed hash of terms under one list key: BLAKE3-keyed(tag + folded key as UTF-8),
 * HASHED_TERM_BYTES long. Reuses its buffers and hash state (a scan may hash on a keystroke):
 * twice as fast as noble's one-shot call, which sets the key up and allocates every time.
 */
export class KeyedTermHasher {
  private readonly keyed: ReturnType<typeof blake3.create>;
  private work: ReturnType<typeof blake3.create>;
  private bytes = new Uint8Array(256);
  private readonly out = new Uint8Array(HASHED_TERM_BYTES);

  constructor(listKey: Uint8Array) {
    this.keyed = blake3.create({ key: listKey, dkLen: HASHED_TERM_BYTES });
    this.work = this.keyed._cloneInto();
  }

  /** The hash, in a buffer the next call overwrites. */
  hash(tag: HashTag, key: string): Uint8Array {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a lone surrogate becomes U+FFFD on both sides.
    if (this.bytes.length < (key.length + 1) * 3) this.bytes = new Uint8Array((key.length + 1) * 3);
    const { written } = encoder.encodeInto(tag + key, this.bytes);
    this.work = this.keyed._cloneInto(this.work);
    this.work.update(this.bytes.subarray(0, written));
    this.work.digestInto(this.out);
    return this.out;
  }
}

/** The prefilter's two seeds, derived from the list key (so its bits differ from list to list). */
export function filterSeeds(listKey: Uint8Array): { start: number; run: number } {
  const bytes = blake3(encoder.encode('prospect-guard prefilter seeds'), { key: listKey, dkLen: 8 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, 8);
  return { start: view.getInt32(0, true), run: view.getInt32(4, true) };
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
export function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The prefilter item of a name's first token, from the token's hash (`tokenHash`). */
export function startItem(firstTokenHash: number, startSeed: number): number {
  return mix32(firstTokenHash ^ startSeed);
}

/** Rolls one more token into a run (start from the run seed); the run's item is `mix32(run)`. */
export function runStep(run: number, tokenHash: number): number {
  return Math.imul(((run << 5) | (run >>> 27)) ^ tokenHash, 0x9e3779b1 | 0);
}

/** The FNV-1a token hash of `text` as `foldInto` rolls it (see normalize.ts `tokenHash`). */
export function tokenHashOf(token: string): number {
  let hash = 0;
  for (let k = 0; k < token.length; k++) hash = Math.imul(hash ^ token.charCodeAt(k), TOKEN_HASH_PRIME);
  return hash;
}

/** A Bloom filter with two bits per item, in 32-bit words; its size is a power of two. */
export class Prefilter {
  readonly words: Int32Array;
  private readonly mask: number;

  constructor(words: Int32Array) {
    if (words.length < 2 || (words.length & (words.length - 1)) !== 0) {
      throw new RangeError('A prefilter must hold a power of two of 32-bit words, at least two.');
    }
    this.words = words;
    this.mask = words.length * 32 - 1;
  }

  /** A filter sized for `itemCount` items (at least 6 bits each: about 7% false passes). */
  static sizedFor(itemCount: number): Prefilter {
    let words = 2;
    while (words * 32 < itemCount * 6) words *= 2;
    return new Prefilter(new Int32Array(words));
  }

  static fromBase64(text: string): Prefilter {
    const bytes = base64ToBytes(text);
    if (bytes.length % 4 !== 0) throw new RangeError('A prefilter must hold whole 32-bit words.');
    // The bytes as they lie on the usual (little-endian) machine: nothing to copy.
    if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Prefilter(new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4));
    const words = new Int32Array(bytes.length / 4);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let k = 0; k < words.length; k++) words[k] = view.getInt32(k * 4, true);
    return new Prefilter(words);
  }

  toBase64(): string {
    const bytes = new Uint8Array(this.words.length * 4);
    const view = new DataView(bytes.buffer);
    for (let k = 0; k < this.words.length; k++) view.setInt32(k * 4, this.words[k]!, true);
    return bytesToBase64(bytes);
  }

  add(item: number): void {
    const first = item & this.mask;
    const second = mix32(item ^ 0x5bd1e995) & this.mask;
    this.words[first >>> 5]! |= 1 << (first & 31);
    this.words[second >>> 5]! |= 1 << (second & 31);
  }

  mayHold(item: number): boolean {
    const first = item & this.mask;
    if (((this.words[first >>> 5]! >>> (first & 31)) & 1) === 0) return false;
    const second = mix32(item ^ 0x5bd1e995) & this.mask;
    return ((this.words[second >>> 5]! >>> (second & 31)) & 1) !== 0;
  }
}
