// Telling open tabs that what they protect with changed. A tab without our content script
// (the browser's own pages, tabs opened before install) simply does not answer: that is fine.
import type { PageProtection, TabPush } from '../model/messages';

export interface OpenTab {
  id?: number;
  /** Present only where the browser lets the extension see it. */
  url?: string;
}

export interface PushOptions {
  tabs: readonly OpenTab[];
  /** The page a tab's content script reported, for tabs whose url the browser hides. */
  reportedUrlOf: (tabId: number) => Promise<string | undefined>;
  protectionFor: (url: string) => Promise<PageProtection>;
  send: (tabId: number, message: TabPush) => Promise<unknown>;
}

/** Sends each tab its protection; returns how many tabs took it. */
export async function pushProtectionToTabs({ tabs, reportedUrlOf, protectionFor, send }: PushOptions): Promise<number> {
  const delivered = await Promise.all(
    tabs.map(async ({ id, url }) => {
      if (id === undefined) return false;
      const pageUrl = url ?? (await reportedUrlOf(id));
      // No url and no report: no content script of ours has run in that tab.
      if (pageUrl === undefined) return false;
      const message: TabPush = { type: 'protection:update', protection: await protectionFor(pageUrl) };
      return send(id, message).then(
        () => true,
        () => false,
      );
    }),
  );
  return delivered.filter(Boolean).length;
}

/**
 * Runs `task` now, or once more after the current run when asked again meanwhile: ten quick
 * edits cause at most two pushes, and the last push always reflects the last edit.
 */
export function coalesce(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task().catch(() => undefined);
      } while (again);
      running = null;
    })();
    return running;
  };
  return run;
}
