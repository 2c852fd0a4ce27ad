// Writes a stream of bits, most significant first, into 32-bit words: the coded sets'
// (coded-set.ts) Golomb-Rice codes. Reading is in bit-reader.ts.

export class BitWriter {
  private words = new Uint32Array(1024);
  /** Bits written so far. */
  length = 0;

  /** Writes the low `count` bits of `value` (0 ≤ value < 2^count, count ≤ 52), high bit first. */
  write(value: number, count: number): void {
    if (count > 32) {
      const low = value % 0x1_0000_0000;
      this.write((value - low) / 0x1_0000_0000, count - 32);
      this.write(low, 32);
      return;
    }
    if (count === 0) return;
    const bits = value >>> 0;
    const at = this.length & 31;
    const room = 32 - at;
    this.reserve(count);
    const index = this.length >>> 5;
    if (count <= room) {
      this.words[index]! |= bits << (room - count);
    } else {
      // Split over two words: the high `room` bits end this one, the rest start the next.
      const rest = count - room;
      this.words[index]! |= bits >>> rest;
      this.words[index + 1]! |= bits << (32 - rest);
    }
    this.length += count;
  }

  /** Writes `count` zeros then a one: the unary quotient of a Rice code. */
  writeUnary(count: number): void {
    // Zeros are already there: the words start cleared.
    this.length += count;
    this.reserve(1);
    this.words[this.length >>> 5]! |= 1 << (31 - (this.length & 31));
    this.length += 1;
  }

  /** The words holding every bit written (the last one padded with zeros). */
  finish(): Uint32Array {
    return this.words.slice(0, Math.ceil(this.length / 32));
  }

  /** Makes room for `count` more bits. */
  private reserve(count: number): void {
    const needed = ((this.length + count) >>> 5) + 1;
    if (needed <= this.words.length) return;
    let size = this.words.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.words);
    this.words = grown;
  }
}
