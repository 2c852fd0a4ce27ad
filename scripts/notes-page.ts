// The page the push and refresh benchmarks type into (one textarea), and the long-task observer
// they install before its scripts: each tab's long tasks as the page itself sees them.
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';

export const NOTES_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><textarea id="area" rows="6" cols="80"></textarea></body></html>';

/** Installed with `addInitScript`: keeps the duration of every long task the page observes. */
export function observeLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks observed since the last call. */
export const takeLongTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

/** Serves NOTES_PAGE on 127.0.0.1 at a free port. */
export async function serveNotesPage(): Promise<{ url: string; close(): void }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(NOTES_PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() };
}
