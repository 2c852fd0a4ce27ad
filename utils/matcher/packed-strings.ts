// Many short strings held as a few long ones and the end offset of each. A 50,000-entry list's
// ids, names and terms were about 225,000 strings in every tab, and each major garbage collection
// marked them all in the page's thread (docs/speed.md); packed, they are a few hundred objects.
// Strings are packed in runs of RUN_LENGTH, so that one string with characters beyond Latin-1
// makes only its run two bytes a character, not the whole list.

/** Strings per run: a power of two, so a string's run is its index shifted. */
const RUN_BITS = 10;
const RUN_LENGTH = 1 << RUN_BITS;
const IN_RUN = RUN_LENGTH - 1;

/** A read-only list of strings, packed. */
export class PackedStrings {
  readonly length: number;

  /** `ends[i]`: where string `i` ends in its run (runs start at 0). */
  constructor(
    private readonly runs: readonly string[],
    private readonly ends: Int32Array,
  ) {
    this.length = ends.length;
  }

  /** Where string `index` starts in its run. */
  private startOf(index: number): number {
    return (index & IN_RUN) === 0 ? 0 : this.ends[index - 1]!;
  }

  /** String `index` (a fresh slice: call it for what is shown or reported, not in a hot loop). */
  at(index: number): string {
    return this.runs[index >>> RUN_BITS]!.slice(this.startOf(index), this.ends[index]!);
  }

  /** Whether string `index` is `value`, without making a string. */
  equals(index: number, value: string): boolean {
    const start = this.startOf(index);
    return this.ends[index]! - start === value.length && this.runs[index >>> RUN_BITS]!.startsWith(value, start);
  }

  /** Whether strings `a` and `b` are equal, without making either. */
  sameAs(a: number, b: number): boolean {
    const startA = this.startOf(a);
    const startB = this.startOf(b);
    const length = this.ends[a]! - startA;
    if (this.ends[b]! - startB !== length) return false;
    const runA = this.runs[a >>> RUN_BITS]!;
    const runB = this.runs[b >>> RUN_BITS]!;
    for (let k = 0; k < length; k++) if (runA.charCodeAt(startA + k) !== runB.charCodeAt(startB + k)) return false;
    return true;
  }

  /** A hash of string `index` (the same as `hashOfString` of it), without making a string. */
  hashAt(index: number): number {
    return hashOfRange(this.runs[index >>> RUN_BITS]!, this.startOf(index), this.ends[index]!);
  }
}

/** FNV-1a over UTF-16 units, for string tables (string-table.ts). */
function hashOfRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/** The hash `PackedStrings.hashAt` gives for the same string. */
export function hashOfString(text: string): number {
  return hashOfRange(text, 0, text.length);
}

/** Packs strings in the order they are pushed; `capacity`: how many at most. */
export class PackedStringsBuilder {
  private readonly runs: string[] = [];
  private run: string[] = [];
  private readonly ends: Int32Array;
  private count = 0;
  private chars = 0;

  constructor(capacity: number) {
    this.ends = new Int32Array(capacity);
  }

  push(value: string): void {
    this.chars += value.length;
    this.run.push(value);
    this.ends[this.count++] = this.chars;
    if (this.run.length === RUN_LENGTH) this.closeRun();
  }

  finish(): PackedStrings {
    if (this.run.length > 0) this.closeRun();
    return new PackedStrings(this.runs, this.count === this.ends.length ? this.ends : this.ends.slice(0, this.count));
  }

  private closeRun(): void {
    // join makes one flat string: no rope of RUN_LENGTH pieces left for the first read to flatten.
    this.runs.push(this.run.join(''));
    this.run = [];
    this.chars = 0;
  }
}

/** Packs a list at once (tests, and lists too short to build in steps). */
export function packStrings(values: readonly string[]): PackedStrings {
  const builder = new PackedStringsBuilder(values.length);
  for (const value of values) builder.push(value);
  return builder.finish();
}
