// A lookup from string to number over packed keys (packed-strings.ts): the keys stay packed and
// the table is one typed array of slots, where a Map of tens of thousands of strings was one more
// object per key for the garbage collector to mark. Read like a Map (`get`, `size`).
import { hashOfString, type PackedStrings } from './packed-strings';
import { completeSteps } from './steps';

/** Keys between two pauses of `stringTableSteps` (well under 1 ms of work). */
const KEYS_PER_STEP = 2048;

export class StringTable {
  private distinct = 0;
  private readonly shift: number;
  private readonly mask: number;

  /** `slots[s]`: 0 when empty, else 1 + the index of a key in `keys` (open addressing). */
  constructor(
    private readonly keys: PackedStrings,
    private readonly values: Int32Array | undefined,
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
    this.shift = 32 - Math.log2(slots.length);
  }

  /** How many distinct keys. */
  get size(): number {
    return this.distinct;
  }

  /** The value of the first key equal to `key` (without values: its index), or undefined. */
  get(key: string): number | undefined {
    const stored = this.slots[this.find(hashOfString(key), key)]!;
    if (stored === 0) return undefined;
    return this.values ? this.values[stored - 1] : stored - 1;
  }

  /** Where probing for a key of hash `hash` starts. */
  private firstSlot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(hash: number, key: string): number {
    const { keys, slots, mask } = this;
    for (let slot = this.firstSlot(hash); ; slot = (slot + 1) & mask) {
      const stored = slots[slot]!;
      if (stored === 0 || keys.equals(stored - 1, key)) return slot;
    }
  }

  /** Adds key `index` unless an equal key is in already (the build's step). */
  add(index: number): void {
    const { keys, slots, mask } = this;
    for (let slot = this.firstSlot(keys.hashAt(index)); ; slot = (slot + 1) & mask) {
      const stored = slots[slot]!;
      if (stored === 0) {
        slots[slot] = index + 1;
        this.distinct++;
        return;
      }
      if (keys.sameAs(stored - 1, index)) return;
    }
  }
}

/**
 * Builds the table of `keys` (key `i` stands for `values[i]`, or for `i` without values) in
 * resumable steps; when a key comes more than once, the first one counts.
 */
export function* stringTableSteps(keys: PackedStrings, values?: Int32Array): Generator<void, StringTable, void> {
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const table = new StringTable(keys, values, new Int32Array(1 << bits));
  for (let index = 0; index < keys.length; index++) {
    if (index % KEYS_PER_STEP === KEYS_PER_STEP - 1) yield;
    table.add(index);
  }
  return table;
}

/** `stringTableSteps` at once. */
export function buildStringTable(keys: PackedStrings, values?: Int32Array): StringTable {
  return completeSteps(stringTableSteps(keys, values));
}
