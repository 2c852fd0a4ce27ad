// One seeded random generator (mulberry32) for everything that must come out the same on every
// run: the benchmarks' synthetic watchlists and texts (bench/, scripts/) and the editor test pages,
// whose editors draw ids from Math.random (tests/e2e/pages/shared/deterministic-random.js).
// Not for anything secret: it is a fast, small generator, not a cryptographic one.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
