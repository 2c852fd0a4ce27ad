// A word-level trie in flat typed arrays: nodes are reached by folded tokens, looked up by
// hash straight from the folded text buffer, so scanning allocates no strings.
// Node 0 is the root; every other node has exactly one incoming edge, so node id = edge index + 1.
// Tokens are not copied: an edge points at its token inside the concatenated keys.

// Edges are found by a token's hash: the one `foldInto` rolls while folding (FoldedText.tokenHashes).
import { TOKEN_HASH_PRIME } from './normalize';
import { completeSteps } from './steps';

/**
 * Bits in the filter of first tokens. Most words of a text start no name: the filter says so
 * from the token's hash, which the fold loop already computed, so a token that starts no name
 * costs one multiply and one memory read. (filterBit shifts by the literal 32 - 20 = 12:
 * change both together.)
 */
export const ROOT_FILTER_BITS = 20;

/** The root filter bit of a token, from its hash (a multiply-xorshift, so every bit counts). */
export function filterBit(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 12; // 32 - ROOT_FILTER_BITS, as a literal
}

export interface WordTrie {
  /** The child of `node` reached by token `units[start, end)` whose hash is `hash`, or -1. */
  child(node: number, hash: number, units: Uint16Array, start: number, end: number): number;
  /** Bit `filterBit(hash of token)` is set for every token that starts a name (no false negatives). */
  rootFilter: Int32Array;
  /** Whether a node has children (the walk stops early when not). */
  hasChildren: Uint8Array;
  /** First term ending at a node (-1: none); more via `nextTerm`. */
  firstTerm: Int32Array;
  nextTerm: Int32Array;
}

/** Terms between two pauses of `wordTrieSteps` (well under 1 ms of work). */
const TERMS_PER_STEP = 1024;

/**
 * Builds the trie from each term's key: folded tokens joined by single spaces (null for terms
 * that are not names). Term indices are positions in `keys`.
 */
export function buildWordTrie(keys: readonly (string | null)[]): WordTrie {
  return completeSteps(wordTrieSteps(keys));
}

/**
 * `buildWordTrie` as resumable steps: it pauses (yields) every TERMS_PER_STEP terms, so that a
 * tab can build a long list's trie in slices between the page's own tasks.
 */
export function* wordTrieSteps(keys: readonly (string | null)[]): Generator<void, WordTrie, void> {
  let totalChars = 0;
  for (const key of keys) if (key) totalChars += key.length + 1;
  const chars = new Uint16Array(totalChars);
  let edgeCapacity = 1;
  let written = 0;
  for (let term = 0; term < keys.length; term++) {
    if (term % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    const key = keys[term];
    if (!key) continue;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      chars[written++] = unit;
      if (unit === 0x20) edgeCapacity++;
    }
    chars[written++] = 0x20;
    edgeCapacity++;
  }

  let bits = 4;
  while (1 << bits < edgeCapacity * 2) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(1 << bits);
  const edgeParent = new Int32Array(edgeCapacity);
  const edgeHash = new Int32Array(edgeCapacity);
  const edgeTokenStart = new Int32Array(edgeCapacity);
  const edgeTokenLength = new Int32Array(edgeCapacity);
  const hasChildren = new Uint8Array(edgeCapacity + 1);
  const firstTerm = new Int32Array(edgeCapacity + 1).fill(-1);
  const lastTerm = new Int32Array(edgeCapacity + 1).fill(-1);
  const nextTerm = new Int32Array(keys.length).fill(-1);
  const rootFilter = new Int32Array(1 << (ROOT_FILTER_BITS - 5));
  let edgeCount = 0;

  const slotOf = (node: number, hash: number): number => Math.imul(hash ^ Math.imul(node, 0x9e3779b1 | 0), 0x85ebca6b | 0) >>> shift;

  const child = (node: number, hash: number, units: Uint16Array, start: number, end: number): number => {
    let slot = slotOf(node, hash);
    for (;;) {
      const stored = slots[slot]!;
      if (stored === 0) return -1;
      const edge = stored - 1;
      if (edgeHash[edge] === hash && edgeParent[edge] === node && edgeTokenLength[edge] === end - start) {
        const offset = edgeTokenStart[edge]! - start;
        let k = start;
        while (k < end && chars[offset + k] === units[k]) k++;
        if (k === end) return stored;
      }
      slot = (slot + 1) & mask;
    }
  };

  let position = 0;
  for (let term = 0; term < keys.length; term++) {
    if (term % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    const key = keys[term];
    if (!key) continue;
    const end = position + key.length;
    let node = 0;
    let tokenStart = position;
    while (tokenStart < end) {
      let hash = 0;
      let tokenEnd = tokenStart;
      while (tokenEnd < end && chars[tokenEnd] !== 0x20) hash = Math.imul(hash ^ chars[tokenEnd++]!, TOKEN_HASH_PRIME);
      const existing = child(node, hash, chars, tokenStart, tokenEnd);
      if (existing !== -1) {
        node = existing;
      } else {
        const edge = edgeCount++;
        edgeParent[edge] = node;
        edgeHash[edge] = hash;
        edgeTokenStart[edge] = tokenStart;
        edgeTokenLength[edge] = tokenEnd - tokenStart;
        let slot = slotOf(node, hash);
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = edge + 1;
        hasChildren[node] = 1;
        if (node === 0) {
          const bit = filterBit(hash);
          rootFilter[bit >>> 5]! |= 1 << (bit & 31);
        }
        node = edge + 1;
      }
      tokenStart = tokenEnd + 1;
    }
    if (firstTerm[node] === -1) firstTerm[node] = term;
    else nextTerm[lastTerm[node]!] = term;
    lastTerm[node] = term;
    position = end + 1;
  }
  return { child, rootFilter, hasChildren, firstTerm, nextTerm };
}
