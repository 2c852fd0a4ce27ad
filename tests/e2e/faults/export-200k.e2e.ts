// The settings page lists and exports a 200,000-entry watchlist with long notes: read from the
// background a page at a time (one message for all of it would pass Chromium's 64 MiB limit, as
// it did above ~34,000 such entries) and the export file assembled in the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/launch-browser';
import { openOptions } from '../support/extension-pages';
import { LIMITS } from '../../../utils/model/entry-rules';

const ENTRY_COUNT = 200_000;

let browser: LaunchedBrowser;
let options: Page;
const timings: Record<string, number> = {};

/** Entry i's note: 1,000 characters, and the allowed maximum (10,000) for every 100th entry. */
function noteOf(index: number): string {
  // Self-contained: its source is also run in the settings page to write the entries.
  const length = index % 100 === 0 ? 10_000 : 1_000;
  return `Renewal talks with Company ${index}: budget approved, legal review pending. `.repeat(Math.ceil(length / 60)).slice(0, length);
}

/** Runs in the settings page: stores `count` generated entries, 10,000 per transaction. */
async function seedEntries(count: number, note: (index: number) => string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('prospect-guard');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      for (let index = start; index < Math.min(count, start + batch); index++) {
        store.put({
          id: `entry-${String(index).padStart(6, '0')}`,
          name: `Company ${index}`,
          aliases: [`C${index}`],
          domains: [`company${index}.example`],
          status: index % 10 === 0 ? 'open' : 'won',
          note: note(index),
          source: { kind: 'own' },
          createdAt: 1_700_000_000_000 + index,
          updatedAt: 1_700_000_000_000 + index,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

beforeAll(async () => {
  browser = await launchBrowser();
  options = await openOptions(browser.context, browser.extensionId!);
  const started = Date.now();
  // Stored straight into the extension's database in large transactions: seeding through the
  // import message would itself need the paging this test is about.
  await options.evaluate(`(${seedEntries.toString()})(${ENTRY_COUNT}, ${noteOf.toString()})`);
  timings.seed = Date.now() - started;
}, 300_000);
afterAll(() => browser?.close());

describe('a 200,000-entry watchlist with long notes', () => {
  it('is listed by the settings page', async () => {
    const started = Date.now();
    await options.reload();
    await options.getByText('200,000 prospects in all, open or closed.').waitFor({ timeout: 120_000 });
    timings.list = Date.now() - started;
    expect(await options.locator('.watchlist-table tbody tr').count()).toBe(50);
  }, 180_000);

  it('is exported as JSON through the settings page, every entry and note intact', async () => {
    const started = Date.now();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 180_000 }),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const path = await download.path();
    timings.export = Date.now() - started;
    const file = JSON.parse(await readFile(path, 'utf8')) as { version: number; entries: { name: string; note?: string }[] };
    expect(file.version).toBe(1);
    expect(file.entries).toHaveLength(ENTRY_COUNT);
    // Oldest first, as every export.
    expect(file.entries[0]!.name).toBe('Company 0');
    expect(file.entries.at(-1)!.name).toBe(`Company ${ENTRY_COUNT - 1}`);
    for (const index of [0, 1, 100, 123_457, ENTRY_COUNT - 1]) expect(file.entries[index]!.note).toBe(noteOf(index));
    expect(file.entries.filter((entry) => entry.note?.length === LIMITS.note)).toHaveLength(ENTRY_COUNT / 100);
    console.log(`200,000 entries: seeded in ${timings.seed} ms, listed in ${timings.list} ms, exported in ${timings.export} ms`);
  }, 300_000);
});
