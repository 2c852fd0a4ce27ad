// `npm run bench:ui`: how fast the popup and settings page open with big watchlists, on the BUILT
// extension in headless Chromium. Measured and printed, not asserted (timings depend on the machine).
// - popup, first screen: the "Prospect name" field and "Add" are rendered and usable;
// - list ready: the open prospects' first rows are on screen (they come from the background over
//   messaging); whole list: the popup has every entry, for filtering (`prospect-guard:list-complete`);
// - settings: the table is on screen; then a sort and a filter, measured in the page.
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/ui-support/launch-ui';
import { watchlistFile } from '../tests/e2e/support/seed-watchlist';
import { askBackground } from '../tests/e2e/support/extension-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_COUNTS=10000 measures one size only; BENCH_RUNS sets the runs per size.
const COUNTS = (process.env.BENCH_COUNTS ?? '1000,10000,50000').split(',').map(Number);

function syntheticEntries(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `Prospect ${i} Société ${i % 97}`,
    aliases: [`P${i}`],
    domains: [`p${i}.example`],
    status: 'open' as const,
  }));
}

async function marks(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => performance.getEntriesByName('prospect-guard:list-ready').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('prospect-guard:'))
        .map((m) => [m.name.slice(15), Math.round(m.startTime)]),
    ),
  );
}

/** When the popup's whole list (for filtering) arrived; -1 for a popup without that mark. */
async function completeMark(page: Page): Promise<number> {
  return page
    .waitForFunction(() => performance.getEntriesByName('prospect-guard:list-complete').length > 0, undefined, { timeout: 10_000 })
    .then(() => page.evaluate(() => Math.round(performance.getEntriesByName('prospect-guard:list-complete')[0]!.startTime)))
    .catch(() => -1);
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const count of COUNTS) {
  const session = await launchExtension({ locale: 'en' });
  try {
    const seeder = await session.openPage('options.html');
    const result = (await askBackground(seeder, {
      type: 'entries:import',
      fileName: 'bench.json',
      text: watchlistFile(syntheticEntries(count)),
    })) as { ok: boolean };
    if (!result.ok) throw new Error(`Seeding ${count} entries failed: ${JSON.stringify(result)}`);
    await seeder.close();

    const popupFirst: number[] = [];
    const popupList: number[] = [];
    const popupComplete: number[] = [];
    const optionsList: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const popup = await session.openPage('popup.html', { width: 360, height: 600 });
      const popupMarks = await marks(popup);
      popupFirst.push(popupMarks['first-screen']!);
      popupList.push(popupMarks['list-ready']!);
      popupComplete.push(await completeMark(popup));
      await popup.close();
      const options = await session.openPage('options.html', { width: 1280, height: 900 });
      optionsList.push((await marks(options))['list-ready']!);
      await options.close();
    }
    const options = await session.openPage('options.html', { width: 1280, height: 900 });
    await marks(options);
    const started = Date.now();
    await options.getByRole('button', { name: /^Updated/ }).click();
    await options.waitForFunction(() => document.querySelector('th[aria-sort]')?.textContent?.startsWith('Updated'));
    const sortMs = Date.now() - started;
    const complete = popupComplete.every((ms) => ms >= 0) ? `, whole list ${median(popupComplete)} ms` : '';
    console.log(
      `${String(count).padStart(6)} entries | popup first screen ${median(popupFirst)} ms, list ready ${median(popupList)} ms${complete} | settings table ${median(optionsList)} ms, sort ${sortMs} ms (medians of ${RUNS}, from navigation start)`,
    );
  } finally {
    await session.close();
  }
}
