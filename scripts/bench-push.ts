// `npm run bench:push`: what a push of the compiled form costs an open tab with a long personal
// list (50,000 entries by default), as long tasks (> 50 ms) seen in the tab:
// - "start-up": the tab opening and getting its protection, until it cautions on a prospect;
// - "edit": one open entry added (the personal part changes: rebuilt in slices), until the tab
//   cautions on it;
// - "nothing changed": a won entry added (the compiled form is pushed again with the same parts),
//   so all the tab does is receive the message (deserialise it) and see that its stamps match.
//   Measured over a fixed 3 s after the push, as no caution can say when it arrived.
//
// Options: --entries=N (50000), --tabs=N (2), --extension-dir=DIR (default .output/chrome-mv3).
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/launch-browser';
import { seedWatchlist } from '../tests/e2e/support/seed-watchlist';
import { syntheticWatchlist } from './synthetic-text';
import { traceLongTasks, type LongTaskTrace } from './traced-long-tasks';
import { observeLongTasks, serveNotesPage, takeLongTasks } from './notes-page';
import { askBackground, openPopup } from '../tests/e2e/support/extension-pages';
import { numberOption, textOption } from './script-options';

const ENTRIES = numberOption('entries', 50_000);
const TABS = numberOption('tabs', 2);
const EXTENSION_DIR = textOption('extension-dir');

async function main(): Promise<void> {
  const browser = await launchBrowser(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {});
  const { context } = browser;
  const extensionId = browser.extensionId!;
  const watchlist = syntheticWatchlist(ENTRIES);
  await seedWatchlist(context, extensionId, watchlist);
  const openName = watchlist.find((entry) => entry.status === 'open')!.name;
  const pageServer = await serveNotesPage();
  const pageUrl = pageServer.url;
  const popup = await openPopup(context, extensionId);
  const ask = (message: Record<string, unknown>) => askBackground(popup, message);
  const compiled = (await ask({ type: 'page:protection', url: pageUrl })) as { compiled?: unknown };
  const formMb = (JSON.stringify(compiled.compiled).length / 1e6).toFixed(2);

  await context.addInitScript(observeLongTasks);
  const tabs: Page[] = [];
  let trace: LongTaskTrace = await traceLongTasks(context);
  const startedAt = performance.now();
  for (let k = 0; k < TABS; k++) {
    const tab = await context.newPage();
    await tab.goto(pageUrl);
    tabs.push(tab);
  }

  async function everyTabCautions(name: string): Promise<void> {
    for (const tab of tabs) {
      await tab.fill('#area', '');
      await tab.click('#area');
      await tab.keyboard.type(`Call ${name}`);
    }
    for (const tab of tabs) {
      const cdp = await context.newCDPSession(tab);
      for (;;) {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value?: string }; name?: { value?: string } }[];
        };
        if (nodes.some((node) => node.role?.value === 'button' && node.name?.value?.includes(name))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cdp.detach();
    }
  }
  const rows: string[][] = [];
  const row = async (phase: string, since: number) => {
    const ms = Math.round(performance.now() - since);
    const observed = (await Promise.all(tabs.map(takeLongTasks))).flat();
    const traced = await trace.stop();
    trace = await traceLongTasks(context);
    const list = (tasks: number[]) => (tasks.length ? `${tasks.length} (${tasks.join(', ')} ms)` : '0');
    rows.push([phase, String(ms), list(traced), list(observed)]);
  };

  // Start-up: the tab types a prospect name at once (so a build still running is finished then).
  await everyTabCautions(openName);
  await row('start-up, typing at once', startedAt);

  const added = 'Quillfeather Orbital';
  let since = performance.now();
  await ask({ type: 'entries:add', entry: { name: added, status: 'open' } });
  await everyTabCautions(added);
  await row('edit: one open entry added', since);

  since = performance.now();
  await ask({ type: 'entries:add', entry: { name: 'Wintergreen Closed', status: 'won' } });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await row('nothing changed: a won entry added', since);

  console.log(`${ENTRIES.toLocaleString('en')} entries, compiled form ${formMb} MB per tab, ${TABS} tabs.`);
  console.log('| Phase | Until every tab cautions (or 3 s), ms | Long tasks in the tabs: traced | seen by the page (longtask) |');
  console.log('|---|---:|---|---|');
  for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
  await trace.stop();
  await browser.close();
  pageServer.close();
}

await main();
