// A word-level trie in flat typed arrays: nodes are reached by folded tokens, looked up by
// hash straight from the folded text buffer, so scanning allocates no strings.
// Node 0 is the root; every other node has exactly one incoming edge, so node id = edge index + 1.

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a range of UTF-16 code units (the scan computes it while finding a token's end). */
export function hashUnits(units: Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i]!, FNV_PRIME);
  return hash;
}

function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

export interface WordTrie {
  /** The child of `node` reached by token `units[start, end)` whose hash is `hash`, or -1. */
  child(node: number, hash: number, units: Uint16Array, start: number, end: number): number;
  /** Whether a node has children (the walk stops early when not). */
  hasChildren: Uint8Array;
  /** First term ending at a node (-1: none); more via `nextTerm`. */
  firstTerm: Int32Array;
  nextTerm: Int32Array;
}

/**
 * Builds the trie from each term's tokens (`null` for terms that are not names).
 * Term indices are positions in `termTokens`.
 */
export function buildWordTrie(termTokens: readonly (readonly string[] | null)[]): WordTrie {
  let edgeCapacity = 1;
  for (const tokens of termTokens) if (tokens) edgeCapacity += tokens.length;
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
  const nextTerm = new Int32Array(termTokens.length).fill(-1);
  const lastTerm = new Int32Array(edgeCapacity + 1).fill(-1);

  // Distinct tokens stored once, end to end.
  const tokenOffsets = new Map<string, number>();
  const tokenChars: number[] = [];
  let edgeCount = 0;

  const slotOf = (node: number, hash: number): number =>
    Math.imul(hash ^ Math.imul(node, 0x9e3779b1 | 0), 0x85ebca6b | 0) >>> shift;

  let tokenBuffer = new Uint16Array(0);
  const sameToken = (edge: number, units: Uint16Array, start: number, end: number): boolean => {
    if (edgeTokenLength[edge] !== end - start) return false;
    const offset = edgeTokenStart[edge]!;
    for (let k = 0; k < end - start; k++) if (tokenBuffer[offset + k] !== units[start + k]) return false;
    return true;
  };

  const child = (node: number, hash: number, units: Uint16Array, start: number, end: number): number => {
    let slot = slotOf(node, hash);
    for (;;) {
      const stored = slots[slot]!;
      if (stored === 0) return -1;
      const edge = stored - 1;
      if (edgeHash[edge] === hash && edgeParent[edge] === node && sameToken(edge, units, start, end)) return stored;
      slot = (slot + 1) & mask;
    }
  };

  for (let term = 0; term < termTokens.length; term++) {
    const tokens = termTokens[term];
    if (!tokens || tokens.length === 0) continue;
    let node = 0;
    for (const token of tokens) {
      let offset = tokenOffsets.get(token);
      if (offset === undefined) {
        offset = tokenChars.length;
        tokenOffsets.set(token, offset);
        for (let k = 0; k < token.length; k++) tokenChars.push(token.charCodeAt(k));
        if (tokenChars.length > tokenBuffer.length) {
          const grown = new Uint16Array(Math.max(tokenChars.length, tokenBuffer.length * 2, 256));
          grown.set(tokenBuffer);
          for (let k = offset; k < tokenChars.length; k++) grown[k] = tokenChars[k]!;
          tokenBuffer = grown;
        } else {
          for (let k = offset; k < tokenChars.length; k++) tokenBuffer[k] = tokenChars[k]!;
        }
      }
      const hash = hashString(token);
      const tokenUnits = tokenBuffer.subarray(offset, offset + token.length);
      const existing = child(node, hash, tokenUnits, 0, token.length);
      if (existing !== -1) {
        node = existing;
        continue;
      }
      const edge = edgeCount++;
      edgeParent[edge] = node;
      edgeHash[edge] = hash;
      edgeTokenStart[edge] = offset;
      edgeTokenLength[edge] = token.length;
      let slot = slotOf(node, hash);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = edge + 1;
      hasChildren[node] = 1;
      node = edge + 1;
    }
    if (firstTerm[node] === -1) firstTerm[node] = term;
    else nextTerm[lastTerm[node]!] = term;
    lastTerm[node] = term;
  }
  tokenBuffer = tokenBuffer.slice(0, tokenChars.length);
  return { child, hasChildren, firstTerm, nextTerm };
}
