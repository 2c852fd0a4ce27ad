// Stamps on the parts of a compiled form (the personal part, each hashed list), so that a tab
// rebuilds only the parts a push changed: a refresh of one team list costs the tab that list.
// A stamp is a 53-bit hash of everything the part's built form is made from, computed by the
// background where the form is compiled (measured in docs/speed.md: a few ms for 50,000 entries).
import type { CompiledHashedList, CompiledMatcher } from './types';

/** Which stamp each part of a compiled form carries: equal stamps, equal parts. */
export interface PartStamps {
  personal: string;
  /** One per hashed list, in the order of `hashed`. */
  hashed: string[];
}

/** Two independent 32-bit lanes (cyrb53's mixing): a collision needs both to agree. */
class ContentHash {
  private low = 0xdeadbeef;
  private high = 0x41c6ce57;

  add(text: string): void {
    let { low, high } = this;
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(k);
      low = Math.imul(low ^ unit, 2654435761);
      high = Math.imul(high ^ unit, 1597334677);
    }
    // The length ends each string, so ["ab", "c"] and ["a", "bc"] differ.
    this.low = Math.imul(low ^ text.length, 2654435761);
    this.high = Math.imul(high ^ (text.length + 0x9e37), 1597334677);
  }

  addAll(texts: readonly unknown[]): void {
    this.add(String(texts.length));
    // A key left out ('' in the form, null after JSON) builds the same part.
    for (const text of texts) this.add(typeof text === 'string' ? text : String(text ?? ''));
  }

  digest(): string {
    let low = Math.imul(this.low ^ (this.low >>> 16), 2246822507);
    low ^= Math.imul(this.high ^ (this.high >>> 13), 3266489909);
    let high = Math.imul(this.high ^ (this.high >>> 16), 2246822507);
    high ^= Math.imul(low ^ (low >>> 13), 3266489909);
    return (4294967296 * (2097151 & high) + (low >>> 0)).toString(36);
  }
}

function personalStamp(compiled: CompiledMatcher): string {
  const hash = new ContentHash();
  hash.addAll(compiled.ids);
  hash.addAll(compiled.names);
  hash.add(compiled.termCounts.join(','));
  hash.addAll(compiled.terms);
  hash.addAll(compiled.keys);
  hash.add(compiled.kinds);
  return hash.digest();
}

function hashedStamp(list: CompiledHashedList): string {
  const hash = new ContentHash();
  for (const text of [list.listId, list.listName, list.key, list.filter]) hash.add(text);
  hash.add(list.nameLengths.join(','));
  for (const [tag, coded] of Object.entries(list.sets).sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.add(tag);
    hash.add(coded ?? '');
  }
  return hash.digest();
}

/** The stamps of a compiled form's parts. */
export function partStampsOf(compiled: CompiledMatcher): PartStamps {
  return { personal: personalStamp(compiled), hashed: (compiled.hashed ?? []).map(hashedStamp) };
}

/** The compiled form with its parts stamped (what the background ships to tabs). */
export function withPartStamps(compiled: CompiledMatcher): CompiledMatcher {
  return { ...compiled, stamps: partStampsOf(compiled) };
}
