// Puts a watchlist in place through the extension's own import message (utils/model/messages.ts), from
// an extension page: the same path a seller's file takes, so tests never reach into storage.
import type { BrowserContext } from 'playwright-core';
import type { ImportPreview } from '../../../utils/model/messages';
import type { ProspectStatus } from '../../../utils/model/watchlist';
import { openPopup } from './extension-pages';

/** One entry of the documented JSON import format. */
export interface SeedEntry {
  name: string;
  aliases?: string[];
  contacts?: string[];
  domains?: string[];
  status: ProspectStatus;
  matchCase?: boolean;
  guardUntil?: string;
}

export function watchlistFile(entries: SeedEntry[]): string {
  return JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries }, null, 2);
}

/** Imports `text` (a watchlist file) and returns the background's answer; throws when it refuses. */
export async function importWatchlistText(
  context: BrowserContext,
  extensionId: string,
  text: string,
  fileName = 'seed.json',
): Promise<ImportPreview> {
  const page = await openPopup(context, extensionId);
  try {
    const result = await page
      .evaluate(
        async ({ fileName, text }) => {
          const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
          return (await runtime.sendMessage({ type: 'entries:import', fileName, text })) as ImportPreview | undefined;
        },
        { fileName, text },
      )
      .catch((error: Error) => {
        throw new Error(`The background refused the "entries:import" message (${error.message}): is the store wired up?`);
      });
    if (!result) throw new Error('The background gave no answer to "entries:import": is the store wired up?');
    if (!result.ok) throw new Error(`The watchlist import was refused at line ${result.line}: ${result.message}`);
    return result;
  } finally {
    await page.close();
  }
}

export function seedWatchlist(context: BrowserContext, extensionId: string, entries: SeedEntry[]): Promise<ImportPreview> {
  return importWatchlistText(context, extensionId, watchlistFile(entries));
}
