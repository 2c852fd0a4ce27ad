// Puts a watchlist in place in Firefox through the add-on's own import message, from its popup
// page: the path a seller's file takes (as tests/e2e/support/seed-watchlist.ts does in Chromium).
import type { Browser } from 'puppeteer-core';
import type { ImportPreview } from '../../../../utils/model/messages';
import { watchlistFile, type SeedEntry } from '../../support/seed-watchlist';
import { waitUntil } from '../../support/wait-until';
import { EXTENSION_ORIGIN } from './launch-firefox';

// Functions below run inside the popup page (serialised by puppeteer), where Firefox's own
// promise-based `browser` global is the extension API.
declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function seedFirefoxWatchlist(firefox: Browser, entries: SeedEntry[]): Promise<ImportPreview> {
  const popup = await firefox.newPage();
  try {
    // Over BiDi the load event of an extension page never arrives: start the navigation, let it
    // end on its own (or with the tab), and wait until the page can reach the extension API.
    popup.goto(`${EXTENSION_ORIGIN}/popup.html`, { timeout: 5_000 }).catch(() => undefined);
    await waitUntil(
      () =>
        popup.evaluate(
          (origin) => location.origin === origin && typeof browser === 'object' && typeof browser.runtime?.sendMessage === 'function',
          EXTENSION_ORIGIN,
        ),
      'the add-on popup page to load in Firefox',
    );
    const result = (await popup.evaluate(
      (text) => browser.runtime.sendMessage({ type: 'entries:import', fileName: 'seed.json', text }),
      watchlistFile(entries),
    )) as ImportPreview | undefined;
    if (!result) throw new Error('The background gave no answer to "entries:import" in Firefox: is the store wired up?');
    if (!result.ok) throw new Error(`The watchlist import was refused at line ${result.line}: ${result.message}`);
    return result;
  } finally {
    await popup.close();
  }
}
