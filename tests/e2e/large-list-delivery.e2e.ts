// A watchlist too large for one message reaches each tab in chunks, built in slices: a tab opened
// with it cautions on a prospect typed at once, and an entry added later (pushed in chunks again,
// only the personal part rebuilt) is cautioned too, in the tab that was already open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type CautionUiReader, type Harness } from './caution-harness';
import { watchlistFile } from './support/seed-watchlist';
import { waitUntil } from './support/wait-until';
import { syntheticWatchlist } from '../../scripts/synthetic-text';

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><textarea id="area" rows="4" cols="60"></textarea></body></html>';
const LIST = syntheticWatchlist(20_000);
const LAST_OPEN = LIST.filter((entry) => entry.status === 'open').at(-1)!.name;

let harness: Harness;
let page: Page;
let ui: CautionUiReader;

beforeAll(async () => {
  harness = await startHarness({ '/': PAGE }, []);
  await harness.background({ type: 'entries:import', fileName: 'large.json', text: watchlistFile(LIST) });
  ({ page, ui } = await harness.open('/'));
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('a large watchlist, delivered in chunks', () => {
  it('is handed to tabs in chunks rather than in one message', async () => {
    const { compiled } = await harness.background<{ compiled: { delivery?: string; chunks?: number } }>({
      type: 'page:protection',
      url: `${harness.origin}/`,
    });
    expect(compiled.delivery).toEqual(expect.any(String));
    expect(compiled.chunks).toBeGreaterThan(3);
  });

  it('cautions on the last prospect of the list, typed as soon as the page is open', async () => {
    await page.click('#area');
    await page.keyboard.type(`Call ${LAST_OPEN} today`);
    expect(await waitUntil(async () => (await ui.caution()).includes(LAST_OPEN) && ui.caution(), 'the caution')).toContain(LAST_OPEN);
  });

  it('cautions in the open tab on a prospect added afterwards', async () => {
    await harness.background({ type: 'entries:add', entry: { name: 'Quillfeather Orbital', status: 'open' } });
    await page.fill('#area', '');
    await page.click('#area');
    await page.keyboard.type('Call Quillfeather Orbital');
    // Once the pushed list is built, the tab scans the message again (the previous list protects meanwhile).
    await waitUntil(async () => (await ui.caution()).includes('Quillfeather Orbital'), 'the caution on the added prospect');
    expect(await page.inputValue('#area')).toBe('Call Quillfeather Orbital');
  });
});
