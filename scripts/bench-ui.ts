// `npm run bench:ui`: how fast the popup and settings page open with big watchlists, on the BUILT
// extension in headless Chromium. Measured and printed, not asserted (timings depend on the machine).
// - popup, first screen: the "Prospect name" field and "Add" are rendered and usable;
// - list ready: the open prospects are on screen (they come from the background over messaging);
// - settings: the table is on screen; then a sort and a filter, measured in the page.
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/ui-support/launch-ui';
import { watchlistFile } from '../tests/e2e/support/seed-watchlist';

const RUNS = 5;

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
    Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('prospect-guard:')).map((m) => [m.name.slice(15), Math.round(m.startTime)])),
  );
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const count of [1_000, 10_000, 50_000]) {
  const session = await launchExtension({ locale: 'en' });
  try {
    const seeder = await session.openPage('options.html');
    const result = await seeder.evaluate(
      (text) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'entries:import', fileName: 'bench.json', text }),
      watchlistFile(syntheticEntries(count)),
    );
    if (!result.ok) throw new Error(`Seeding ${count} entries failed: ${JSON.stringify(result)}`);
    await seeder.close();

    const popupFirst: number[] = [];
    const popupList: number[] = [];
    const optionsList: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const popup = await session.openPage('popup.html', { width: 360, height: 600 });
      const popupMarks = await marks(popup);
      popupFirst.push(popupMarks['first-screen']!);
      popupList.push(popupMarks['list-ready']!);
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
    console.log(
      `${String(count).padStart(6)} entries | popup first screen ${median(popupFirst)} ms, list ready ${median(popupList)} ms | settings table ${median(optionsList)} ms, sort ${sortMs} ms (medians of ${RUNS}, from navigation start)`,
    );
  } finally {
    await session.close();
  }
}
