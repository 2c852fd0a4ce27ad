// The page the push and refresh benchmarks type into (one textarea), and the long-task observer
// they install before its scripts: each tab's long tasks as the page itself sees them.
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
