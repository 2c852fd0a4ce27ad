// `npx tsx bench/focus.ts`: the 10,000-entry / 20 KB scan against the floor only, in interleaved
// rounds of process CPU time (steadier than the clock on a loaded machine).
import { createMatcher } from '../utils/matcher/matcher';
import { foldOnly } from './fold-floor';
import { syntheticText, syntheticWatchlist } from './synthetic';

const entries = syntheticWatchlist(10_000);
const text = syntheticText(entries, 20_480, 8);
const matcher = createMatcher(entries);
const REPS = Number(process.env.REPS ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < REPS; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / REPS;
}

for (let i = 0; i < 300; i++) {
  foldOnly(text);
  matcher.scan(text);
}
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const floor = cpuMs(() => foldOnly(text));
  const ours = cpuMs(() => matcher.scan(text));
  ratios.push(ours / floor);
  console.log(`floor ${floor.toFixed(4)} ms  matcher ${ours.toFixed(4)} ms  ratio ${(ours / floor).toFixed(2)}`);
}
ratios.sort((a, b) => a - b);
console.log(
  `ratio median ${ratios[ratios.length >> 1]!.toFixed(2)} (range ${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}), found ${matcher.scan(text).length}`,
);
