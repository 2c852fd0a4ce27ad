// Timing and heap helpers for the benchmark.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` runs plain `tsx`: expose gc from here so heap figures are after a full collection.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Memory in use after a full collection, in bytes: the JS heap plus ArrayBuffer backing stores
 * (typed arrays live outside the heap, and the matcher and Aho-Corasick are made of them).
 */
export function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  const { heapUsed: heap, arrayBuffers } = process.memoryUsage();
  return heap + arrayBuffers;
}

/** Builds something and reports how long it took and how much heap it keeps alive. */
export function measureBuild<T>(build: () => T): { value: T; ms: number; heapBytes: number } {
  const before = heapUsed();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  const heapBytes = Math.max(0, heapUsed() - before);
  return { value, ms, heapBytes };
}

export interface Timing {
  median: number;
  p99: number;
  runs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), runs: sorted.length };
}

/**
 * Times `run` one call at a time (after a short warm-up) until `budgetMs` is spent or
 * `maxRuns` reached, at least `minRuns` times. Returns milliseconds per call.
 */
export function sampleRuns(run: () => unknown, budgetMs: number, minRuns = 3, maxRuns = 20_000): number[] {
  const samples: number[] = [];
  const warmUpStart = performance.now();
  run();
  const first = performance.now() - warmUpStart;
  // A call longer than the whole budget is its own warm-up: it counts as a sample.
  if (first > budgetMs) samples.push(first);
  const warmUpEnd = performance.now() + Math.min(30, budgetMs / 4);
  for (let warmUps = 1; samples.length === 0 && performance.now() < warmUpEnd && warmUps < 100; warmUps++) run();
  const end = performance.now() + (samples.length > 0 ? 0 : budgetMs);
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() < end)) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Average milliseconds per call over batches, for calls too short to time one by one. */
export function timeBatched(run: () => unknown, batch = 200, batches = 50): Timing {
  for (let i = 0; i < batch; i++) run();
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    samples.push((performance.now() - start) / batch);
  }
  return summarize(samples);
}
