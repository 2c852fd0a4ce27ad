// Everything the editor tests share: Chromium with the extension and a seeded watchlist, the same
// Chromium without it (what the page would do if the extension were absent), and the test pages.
import { launchBrowser, type LaunchedBrowser } from './launch-browser';
import { seedWatchlist, type SeedEntry } from './seed-watchlist';
import { startStaticServer, type StaticServer } from './static-server';
import { PAGES_BUILD_DIR } from './project-paths';

export interface EditorSession {
  guarded: LaunchedBrowser;
  unguarded: LaunchedBrowser;
  pages: StaticServer;
  close(): Promise<void>;
}

export async function startEditorSession(watchlist: SeedEntry[]): Promise<EditorSession> {
  const pages = await startStaticServer(PAGES_BUILD_DIR);
  const guarded = await launchBrowser({ withExtension: true });
  const unguarded = await launchBrowser({ withExtension: false });
  await seedWatchlist(guarded.context, guarded.extensionId!, watchlist);
  return {
    guarded,
    unguarded,
    pages,
    async close() {
      await Promise.allSettled([guarded.close(), unguarded.close()]);
      await pages.close();
    },
  };
}
