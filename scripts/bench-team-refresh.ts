// `npm run bench:team-refresh` (issue 11, item 6): a 100,000-entry hashed team list arriving, and
// then refreshed to a new version, while editor tabs are open with a 10,000-entry personal list.
// Reports, per phase: the time until every tab cautions on a name only the new copy holds, the
// compiled form handed to each tab, and every long task (> 50 ms) in every tab meanwhile, from a
// Chromium trace (scripts/traced-long-tasks.ts) and from the page's own longtask observer.
//
// Options: --entries=N (100000), --personal=N (10000), --tabs=N (3), --extension-dir=DIR (another
// build, e.g. main's, for figures side by side; default .output/chrome-mv3).
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/launch-browser';
import { seedWatchlist } from '../tests/e2e/support/seed-watchlist';
import { startListServer } from '../tests/unit/team-delivery/support/list-server';
import { makePublisher } from '../tests/unit/team-delivery/support/signed-lists';
import { syntheticWatchlist } from './synthetic-text';
import { traceLongTasks } from './traced-long-tasks';
import { observeLongTasks, serveNotesPage, takeLongTasks } from './notes-page';
import { askBackground, openPopup } from '../tests/e2e/support/extension-pages';
import { numberOption, textOption } from './script-options';

const ENTRIES = numberOption('entries', 100_000);
const PERSONAL = numberOption('personal', 10_000);
const TABS = numberOption('tabs', 3);
const EXTENSION_DIR = textOption('extension-dir');

const REGIONS = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Atlantique'];

async function main(): Promise<void> {
  const publisher = makePublisher();
  // The synthetic company names (word + sector + form: 36,000 distinct), each also in regional
  // variants ("… Nord"), so 100,000 distinct names of two to four words.
  const base = syntheticWatchlist(30_000).map((entry) => entry.name);
  const names = Array.from(
    { length: ENTRIES + 2 },
    (_, k) => `${base[k % base.length]}${k < base.length ? '' : ` ${REGIONS[Math.floor(k / base.length) - 1]}`}`,
  );
  const [firstOnly, secondOnly] = [names[ENTRIES]!, names[ENTRIES + 1]!];
  const packStarted = performance.now();
  const version1 = publisher.list({ version: 1, prospects: [...names.slice(0, ENTRIES - 1), firstOnly] });
  const version2 = publisher.list({ version: 2, prospects: [...names.slice(0, ENTRIES - 1), secondOnly] });
  const packMs = (performance.now() - packStarted) / 2;
  const progress = (what: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${what}`);
  progress(`packed two copies of ${ENTRIES} entries`);
  const server = await startListServer({ cors: true });
  server.serve(version1);

  const browser = await launchBrowser(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {});
  const { context } = browser;
  const extensionId = browser.extensionId!;
  await seedWatchlist(context, extensionId, syntheticWatchlist(PERSONAL));
  progress(`personal list of ${PERSONAL} imported`);
  const pageServer = await serveNotesPage();
  const pageUrl = pageServer.url;
  await context.addInitScript(observeLongTasks);
  const tabs: Page[] = [];
  for (let k = 0; k < TABS; k++) {
    const tab = await context.newPage();
    await tab.goto(pageUrl);
    tabs.push(tab);
  }
  const popup = await openPopup(context, extensionId);
  const ask = (message: Record<string, unknown>) => askBackground(popup, message);

  /** Types `name` in every tab; resolves when each tab cautions on it. Returns ms from `since`. */
  async function everyTabCautions(name: string, since: number): Promise<number> {
    await Promise.all(
      tabs.map(async (tab) => {
        await tab.fill('#area', '');
        await tab.click('#area');
        await tab.keyboard.type(`Call ${name}`);
      }),
    );
    const cdps = await Promise.all(tabs.map((tab) => context.newCDPSession(tab)));
    for (const cdp of cdps) {
      for (;;) {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value?: string }; name?: { value?: string } }[];
        };
        if (nodes.some((node) => node.role?.value === 'button' && node.name?.value?.includes(name))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cdp.detach();
    }
    return Math.round(performance.now() - since);
  }

  await Promise.all(tabs.map(takeLongTasks));
  /** The compiled form's size in JSON, its chunks summed when it is delivered in chunks. */
  async function compiledSize(): Promise<string> {
    const { compiled } = (await ask({ type: 'page:protection', url: pageUrl })) as { compiled: { delivery?: string; chunks?: number } };
    if (!compiled.delivery) return `${(JSON.stringify(compiled).length / 1e6).toFixed(2)} MB`;
    const chunks = await Promise.all(
      Array.from({ length: compiled.chunks! }, (_, index) => ask({ type: 'page:protection-chunk', delivery: compiled.delivery, index })),
    );
    const sizes = chunks.map((chunk) => JSON.stringify(chunk).length);
    return `${(sizes.reduce((sum, size) => sum + size, 0) / 1e6).toFixed(2)} MB in ${sizes.length} chunks (largest ${(Math.max(...sizes) / 1e3).toFixed(0)} KB)`;
  }
  const rows: string[][] = [];
  let trace = await traceLongTasks(context);
  for (const [phase, run, name] of [
    ['first copy (subscribe)', () => ask({ type: 'team-lists:subscribe', url: server.url, publicKey: publisher.publicKey }), firstOnly],
    [
      'refresh to version 2',
      () => {
        server.serve(version2);
        return ask({ type: 'team-lists:refresh', id: 'sales-emea' });
      },
      secondOnly,
    ],
  ] as const) {
    const started = performance.now();
    await run();
    const acceptedMs = Math.round(performance.now() - started);
    progress(`${phase}: accepted in ${acceptedMs} ms`);
    const cautionMs = await everyTabCautions(name, started);
    const longTasks = (await Promise.all(tabs.map(takeLongTasks))).flat();
    const traced = await trace.stop();
    trace = await traceLongTasks(context);
    const list = (tasks: number[]) => (tasks.length ? `${tasks.length} (${tasks.join(', ')} ms)` : '0');
    rows.push([phase, String(acceptedMs), String(cautionMs), await compiledSize().catch(() => 'n/a'), list(traced), list(longTasks)]);
  }
  console.log(
    `Hashed team list of ${ENTRIES.toLocaleString('en')} entries (packing one copy: ${Math.round(packMs)} ms in Node), personal list of ${PERSONAL.toLocaleString('en')}, ${TABS} open tabs.`,
  );
  console.log(
    '| Phase | Accepted by the background, ms | Every tab cautions on a new name, ms | Compiled form per tab (personal + hashed) | Long tasks in the tabs: traced | seen by the page (longtask) |',
  );
  console.log('|---|---:|---:|---:|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  await trace.stop();
  await browser.close();
  pageServer.close();
  await server.close();
}

await main();
