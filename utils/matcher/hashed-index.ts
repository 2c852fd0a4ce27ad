// A hashed team list loaded in a tab: one coded set of fingerprints per kind of term
// (coded-set.ts), its prefilter and its seeds. Loading only decodes base64 into typed arrays.
// Finding a name costs, per word, one prefilter probe (the fold loop already hashed the word);
// only token runs that pass the prefilter are hashed for real (BLAKE3-keyed) and looked up.
// Nothing here can give back a name: the sets hold hashes only.
import { base64ToBytes } from './base64';
import { CodedSet, CodedSetError } from './coded-set';
import { fingerprintOf, hashHex } from './fingerprint';
import { filterSeeds, HashTag, KeyedTermHasher, LIST_KEY_BYTES, mix32, Prefilter, runStep, startItem } from './keyed-hash';
import { stringOfUnits, type FoldedText } from './normalize';
import type { CompiledHashedList } from './types';

/** Where a name run ends (folded offset) and which hit of the list it is (`hitId`): see `longestName`. */
export interface RunHit {
  end: number;
  term: number;
}

export class HashedIndex {
  readonly listId: string;
  readonly listName: string;
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
  private readonly sets: Partial<Record<HashTag, CodedSet>> = {};
  /** The ids of the terms found so far, numbered in the order they were first found. */
  private readonly hitIds: string[] = [];
  private readonly hitNumbers = new Map<string, number>();

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
    for (const tag of Object.values(HashTag)) {
      const coded = list.sets[tag];
      if (coded === undefined) continue;
      try {
        this.sets[tag] = new CodedSet(base64ToBytes(coded));
      } catch (error) {
        if (!(error instanceof CodedSetError || error instanceof SyntaxError)) throw error;
        throw new RangeError(`The “${tag}” terms of the team list “${list.listName}” cannot be read (${error.message}); compile it again.`);
      }
    }
    this.hasNames = this.sets.n !== undefined;
    this.hasCaseSensitiveNames = this.sets.c !== undefined;
    this.hasEmails = this.sets.e !== undefined;
    this.hasDomains = this.sets.d !== undefined;
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
      // A name that is also listed case-sensitively reports the plain name: both hold here.
      let term = this.hasNames ? this.find(HashTag.name, key) : -1;
      if (term === -1 && this.hasCaseSensitiveNames) term = this.find(HashTag.caseSensitiveName, casefulKey(tokenStarts[t]!, end));
      if (term !== -1) {
        hit.end = end;
        hit.term = term;
      }
    }
  }

  /**
   * The hit number (see `hitId`) of the term whose keyed hash is that of `tag` + `key`, or -1.
   * A number, not the id, so a scan's bookkeeping stays in integers.
   */
  find(tag: HashTag, key: string): number {
    const set = this.sets[tag];
    if (set === undefined) return -1;
    const hash = this.hasher.hash(tag, key);
    if (!set.has(fingerprintOf(hash, set.bits))) return -1;
    const id = `${this.listId}#${tag}${hashHex(hash)}`;
    let number = this.hitNumbers.get(id);
    if (number === undefined) {
      number = this.hitIds.length;
      this.hitIds.push(id);
      this.hitNumbers.set(id, number);
    }
    return number;
  }

  /**
   * The entry id a hit reports: the list id, the kind letter and the first 40 bits of the term's
   * hash. It names one term (a name and its alias are two), the same in every version of the list.
   */
  hitId(hit: number): string {
    return this.hitIds[hit]!;
  }
}
