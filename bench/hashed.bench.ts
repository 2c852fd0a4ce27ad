// The hashed team list case of `npm run bench` (also alone: `npm run bench:hashed`): 100,000
// hashed entries next to 10,000 personal ones. Per-paragraph scan time beside the personal-only
// matcher, the compiled form's size, and what the keyed hash itself costs.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { loadavg } from 'node:os';
import { base64ToBytes } from '../utils/matcher/base64';
import { CodedSet } from '../utils/matcher/coded-set';
import { HashedIndex } from '../utils/matcher/hashed-index';
import { HashTag, KeyedTermHasher } from '../utils/matcher/keyed-hash';
import { compileMatcher, createMatcher, hashWatchlist, matcherFromCompiled, type CompiledMatcher } from '../utils/matcher/matcher';
import { sampleRuns, summarize, timeBatched } from './measure';
import { syntheticText, syntheticWatchlist } from './synthetic';
import { formatTable, mb, ms } from './table';

const TEAM_ENTRIES = 100_000;
const PERSONAL_ENTRIES = 10_000;
const PARAGRAPHS = 40;

function median(values: number[]): number {
  return summarize(values).median;
}

export function runHashedBench(): void {
  console.log(
    `\n── Hashed team list: ${TEAM_ENTRIES.toLocaleString('en')} hashed entries beside ${PERSONAL_ENTRIES.toLocaleString('en')} personal ──`,
  );
  const personal = syntheticWatchlist(PERSONAL_ENTRIES);
  const team = syntheticWatchlist(TEAM_ENTRIES, 4242).map((entry) => ({ ...entry, id: `t${entry.id}` }));
  const listKey = crypto.getRandomValues(new Uint8Array(32));

  let start = performance.now();
  const hashed = hashWatchlist(team, listKey);
  const hashMs = performance.now() - start;
  const termCount = hashed.entries.reduce((sum, terms) => sum + terms.length, 0);
  const listInput = { ...hashed, listId: 'sales-emea', listName: 'Sales EMEA' };

  const compileTimes: number[] = [];
  let compiled: CompiledMatcher | undefined;
  for (let run = 0; run < 3; run++) {
    start = performance.now();
    compiled = compileMatcher(personal, { hashedLists: [listInput] });
    compileTimes.push(performance.now() - start);
  }
  const json = JSON.stringify(compiled);
  const hashedJson = JSON.stringify(compiled!.hashed);
  const personalJson = JSON.stringify(compileMatcher(personal));
  const loadTimes: number[] = [];
  const loadCpuTimes: number[] = [];
  let both = matcherFromCompiled(JSON.parse(json) as CompiledMatcher);
  for (let run = 0; run < 3; run++) {
    const shipped = JSON.parse(json) as CompiledMatcher;
    start = performance.now();
    const cpuStart = process.cpuUsage();
    both = matcherFromCompiled(shipped);
    loadTimes.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    loadCpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const personalOnly = createMatcher(personal);

  // What a tab does with the hashed part alone: the first load (cold code, as in a fresh tab)
  // and the median of ten more.
  const shippedList = (JSON.parse(json) as CompiledMatcher).hashed![0]!;
  const indexLoad = () => {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    new HashedIndex(shippedList);
    const cpu = process.cpuUsage(cpuStart);
    return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const firstIndexLoad = indexLoad();
  const indexLoads = Array.from({ length: 10 }, indexLoad);
  const hashedPart = compiled!.hashed![0]!;
  const partSizes = [
    ...Object.entries(hashedPart.sets).map(([tag, coded]) => `${tag} ${coded.length.toLocaleString('en')}`),
    `filter ${hashedPart.filter.length.toLocaleString('en')}`,
  ].join(', ');
  const setChars = Object.values(hashedPart.sets).reduce((sum, coded) => sum + coded.length, 0);
  const sets = Object.values(hashedPart.sets).map((coded) => new CodedSet(base64ToBytes(coded)));
  const distinct = sets.reduce((sum, set) => sum + set.count, 0);
  const widths = Object.keys(hashedPart.sets)
    .map((tag, k) => `${tag} ${sets[k]!.bits}`)
    .join(', ');

  // Paragraphs naming prospects of both lists now and then, as the personal benchmark's text does.
  const text = syntheticText([...personal, ...team], 500 * PARAGRAPHS, 8);
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, k) => text.slice(k * 500, k * 500 + 500));
  const scanAll = (matcher: { scan(text: string): unknown[] }) => () => {
    for (const paragraph of paragraphs) matcher.scan(paragraph);
  };
  const rounds = { personal: [] as number[], both: [] as number[] };
  for (let round = 0; round < 3; round++) {
    rounds.personal.push(timeBatched(scanAll(personalOnly), 20, 20).median / PARAGRAPHS);
    rounds.both.push(timeBatched(scanAll(both), 20, 20).median / PARAGRAPHS);
  }
  const single = {
    personal: summarize(paragraphs.flatMap((p) => sampleRuns(() => personalOnly.scan(p), 10, 20, 50))),
    both: summarize(paragraphs.flatMap((p) => sampleRuns(() => both.scan(p), 10, 20, 50))),
  };
  const found = {
    personal: paragraphs.reduce((sum, p) => sum + personalOnly.scan(p).length, 0),
    both: paragraphs.reduce((sum, p) => sum + both.scan(p).length, 0),
    team: paragraphs.reduce((sum, p) => sum + both.scan(p).filter((m) => m.teamList).length, 0),
  };

  // Both keyed once and reused, as a scan does (KeyedTermHasher); the message as a scan builds it.
  const perHash = (hash: () => unknown) => timeBatched(hash, 2_000, 20).median * 1000;
  const hasher = new KeyedTermHasher(listKey);
  const blake3Micros = perHash(() => hasher.hash(HashTag.name, 'bavonker ralo robotics'));
  const keyedHmac = hmac.create(sha256, listKey);
  let hmacWork = keyedHmac._cloneInto();
  const hmacOut = new Uint8Array(32);
  const encoder = new TextEncoder();
  const hmacMicros = perHash(() => {
    hmacWork = keyedHmac._cloneInto(hmacWork);
    hmacWork.update(encoder.encode('nbavonker ralo robotics'));
    hmacWork.digestInto(hmacOut);
  });

  console.log(
    formatTable(
      ['figure', 'personal only', 'personal + hashed', 'target'],
      [
        [
          `500-char paragraph scan, batched mean (median of 3 rounds, ${PARAGRAPHS} paragraphs)`,
          ms(median(rounds.personal)),
          ms(median(rounds.both)),
          '',
        ],
        [
          '500-char paragraph scan, single (median / p99)',
          `${ms(single.personal.median)} / ${ms(single.personal.p99)}`,
          `${ms(single.both.median)} / ${ms(single.both.p99)}`,
          '',
        ],
        ['matches in the paragraphs (of which hashed)', String(found.personal), `${found.both} (${found.team})`, ''],
        ['compiled JSON, whole form', mb(personalJson.length), mb(json.length), ''],
        [
          `compiled JSON, hashed section (${termCount.toLocaleString('en')} terms)`,
          '',
          `${mb(hashedJson.length)} (${hashedJson.length.toLocaleString('en')} B)`,
          '≤ 2 MB (2,097,152 B)',
        ],
        ['  of which, JSON characters', '', partSizes, ''],
        [
          `  coded sets: bits per distinct fingerprint (${distinct.toLocaleString('en')}); widths`,
          '',
          `${((setChars * 6) / distinct).toFixed(1)}; ${widths}`,
          '',
        ],
        [
          'compile: first / again with the same team list (a personal edit; median of 2)',
          '',
          `${ms(compileTimes[0]!)} / ${ms(median(compileTimes.slice(1)))}`,
          '',
        ],
        ['load in a tab, matcherFromCompiled (median of 3): wall / CPU', '', `${ms(median(loadTimes))} / ${ms(median(loadCpuTimes))}`, ''],
        [
          'of which the hashed list, new HashedIndex: first / median of 10 more (wall; CPU)',
          '',
          `${ms(firstIndexLoad.wall)} / ${ms(median(indexLoads.map((load) => load.wall)))} (${ms(firstIndexLoad.cpu)} / ${ms(median(indexLoads.map((load) => load.cpu)))})`,
          'a few ms',
        ],
        ['hash the 100,000 entries (hashWatchlist, once)', '', ms(hashMs), ''],
      ],
    ),
  );
  console.log(
    `Keyed hash of one 23-byte term, key set up once: BLAKE3-keyed ${blake3Micros.toFixed(2)} µs, HMAC-SHA256 ${hmacMicros.toFixed(2)} µs (@noble/hashes). Load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runHashedBench();
