// A hashed team list loaded in a tab: its fingerprints in an open-addressing table, its prefilter
// and its seeds. Finding a name costs, per word, one prefilter probe (the fold loop already
// hashed the word); only token runs that pass the prefilter are hashed for real (BLAKE3-keyed)
// and looked up. Nothing here can give back a name: the table holds hashes only.
import { base64ToBytes } from './base64';
import {
  FINGERPRINT_BYTES,
  filterSeeds,
  HashTag,
  KeyedTermHasher,
  LIST_KEY_BYTES,
  mix32,
  Prefilter,
  runStep,
  startItem,
} from './keyed-hash';
import { stringOfUnits, type FoldedText } from './normalize';
import type { CompiledHashedList } from './types';

/** Where a name run ends (folded offset) and which term of the list it is: see `longestName`. */
export interface RunHit {
  end: number;
  term: number;
}

export class HashedIndex {
  readonly listId: string;
  readonly listName: string;
  readonly termCount: number;
  readonly hasNames: boolean;
  readonly hasCaseSensitiveNames: boolean;
  readonly hasEmails: boolean;
  readonly hasDomains: boolean;
  private readonly hasher: KeyedTermHasher;
  private readonly prefilter: Prefilter;
  private readonly startSeed: number;
  private readonly runSeed: number;
  /** `triedLength[L]` is 1 when some name has L tokens. */
  private readonly triedLength: Uint8Array;
  private readonly maxLength: number;
  private readonly fingerprintLow: Int32Array;
  private readonly fingerprintHigh: Uint8Array;
  private readonly slots: Int32Array;
  private readonly slotShift: number;
  private readonly termEntry: Int32Array;
  private readonly entryFirstTerm: Int32Array;
  private readonly entryIds: (string | undefined)[];

  constructor(list: CompiledHashedList) {
    this.listId = list.listId;
    this.listName = list.listName;
    const listKey = base64ToBytes(list.key);
    if (listKey.length !== LIST_KEY_BYTES)
      throw new RangeError(`The key of the team list “${list.listName}” is not ${LIST_KEY_BYTES} bytes long.`);
    this.hasher = new KeyedTermHasher(listKey);
    this.prefilter = Prefilter.fromBase64(list.filter);
    const seeds = filterSeeds(listKey);
    this.startSeed = seeds.start;
    this.runSeed = seeds.run;
    this.maxLength = Math.max(0, ...list.nameLengths);
    this.triedLength = new Uint8Array(this.maxLength + 1);
    for (const length of list.nameLengths) this.triedLength[length] = 1;
    this.hasNames = list.kinds.includes(HashTag.name);
    this.hasCaseSensitiveNames = list.kinds.includes(HashTag.caseSensitiveName);
    this.hasEmails = list.kinds.includes(HashTag.email);
    this.hasDomains = list.kinds.includes(HashTag.domain);

    const bytes = base64ToBytes(list.fingerprints);
    const termCount = bytes.length / FINGERPRINT_BYTES;
    const counted = list.termCounts.reduce((sum, count) => sum + count, 0);
    if (!Number.isInteger(termCount) || termCount !== counted) {
      throw new RangeError(`The team list “${list.listName}” has ${counted} terms but fingerprints for ${termCount}; compile it again.`);
    }
    this.termCount = termCount;
    // Locals in the loops below: field loads in a constructor's loops kept them slow (V8).
    const low = new Int32Array(termCount);
    const high = new Uint8Array(termCount);
    for (let term = 0, at = 0; term < termCount; term++, at += FINGERPRINT_BYTES) {
      low[term] = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
      high[term] = bytes[at + 4]!;
    }
    // Open addressing, at most half full, filled in term order: the first term with a given
    // fingerprint is met first, as the plain matcher prefers a list's first term.
    let bits = 4;
    while (1 << bits < termCount * 2) bits++;
    const shift = 32 - bits;
    const slots = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let term = 0; term < termCount; term++) {
      let slot = low[term]! >>> shift;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = term + 1;
    }
    const termEntry = new Int32Array(termCount);
    const entryFirstTerm = new Int32Array(list.termCounts.length);
    for (let entry = 0, term = 0; entry < list.termCounts.length; entry++) {
      entryFirstTerm[entry] = term;
      for (let k = 0, count = list.termCounts[entry]!; k < count; k++) termEntry[term++] = entry;
    }
    this.fingerprintLow = low;
    this.fingerprintHigh = high;
    this.slots = slots;
    this.slotShift = shift;
    this.termEntry = termEntry;
    this.entryFirstTerm = entryFirstTerm;
    this.entryIds = new Array<string | undefined>(list.termCounts.length);
  }

  /** Whether a name of this list may start with the token of this hash (the prefilter). */
  mayStart(tokenHash: number): boolean {
    return this.maxLength > 0 && this.prefilter.mayHold(startItem(tokenHash, this.startSeed));
  }

  /**
   * The longest name of this list on the tokens from `t` (words as the fold cut them, so only
   * whole words), written to `hit` (end -1: none). `endsInside(end)` says a run end falls inside
   * one character's fold; `casefulKey(start, end)` is nameKey of the original text there, case kept.
   */
  longestName(
    folded: FoldedText,
    t: number,
    endsInside: (end: number) => boolean,
    casefulKey: (start: number, end: number) => string,
    hit: RunHit,
  ): void {
    hit.end = -1;
    hit.term = -1;
    const { units, tokenStarts, tokenEnds, tokenHashes, tokenCount } = folded;
    const last = Math.min(tokenCount, t + this.maxLength);
    let run = this.runSeed;
    for (let u = t; u < last; u++) {
      run = runStep(run, tokenHashes[u]!);
      if (this.triedLength[u - t + 1] === 0 || !this.prefilter.mayHold(mix32(run))) continue;
      const end = tokenEnds[u]!;
      if (endsInside(end)) continue;
      let key = stringOfUnits(units, tokenStarts[t]!, tokenEnds[t]!);
      for (let k = t + 1; k <= u; k++) key += ` ${stringOfUnits(units, tokenStarts[k]!, tokenEnds[k]!)}`;
      let term = this.hasNames ? this.find(HashTag.name, key) : -1;
      if (this.hasCaseSensitiveNames) {
        const caseful = this.find(HashTag.caseSensitiveName, casefulKey(tokenStarts[t]!, end));
        if (caseful !== -1 && (term === -1 || caseful < term)) term = caseful;
      }
      if (term !== -1) {
        hit.end = end;
        hit.term = term;
      }
    }
  }

  /** The first term whose keyed hash is that of `tag` + `key`, or -1. */
  find(tag: HashTag, key: string): number {
    const hash = this.hasher.hash(tag, key);
    const low = hash[0]! | (hash[1]! << 8) | (hash[2]! << 16) | (hash[3]! << 24);
    const high = hash[4]!;
    const mask = this.slots.length - 1;
    for (let slot = low >>> this.slotShift; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot]!;
      if (stored === 0) return -1;
      if (this.fingerprintLow[stored - 1] === low && this.fingerprintHigh[stored - 1] === high) return stored - 1;
    }
  }

  /**
   * The id of the entry a term belongs to: the list id and the fingerprint of the entry's first
   * term (its name), so it stays the same from one version of the list to the next.
   */
  entryIdOf(term: number): string {
    const entry = this.termEntry[term]!;
    let id = this.entryIds[entry];
    if (id === undefined) {
      const first = this.entryFirstTerm[entry]!;
      const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(digits, '0');
      id = `${this.listId}#${hex(this.fingerprintHigh[first]!, 2)}${hex(this.fingerprintLow[first]!, 8)}`;
      this.entryIds[entry] = id;
    }
    return id;
  }
}
