// Long tasks (> 50 ms) on the main thread of every web page's renderer, from a Chromium trace.
// The page's own `longtask` observer misses tasks that run only extension code: a runtime message
// delivered to the content script (deserialised, then handled) showed no long task there while
// the trace showed one, so the benchmarks of what a push costs a tab read the trace.
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number; frames?: { url?: string; processId?: number }[] } };
}

export interface LongTaskTrace {
  /** Ends the trace; the durations (ms) of the long tasks in pages' renderers since it began. */
  stop(): Promise<number[]>;
}

const LONG_TASK_US = 50_000;

export async function traceLongTasks(context: BrowserContext): Promise<LongTaskTrace> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Tracing events are not in playwright's typed protocol map.
  const tracing = cdp as unknown as {
    on(event: string, listener: (params: { value: TraceEvent[] }) => void): void;
    once(event: string, listener: () => void): void;
  };
  tracing.on('Tracing.dataCollected', ({ value }) => {
    events.push(...value);
  });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        'disabled-by-default-devtools.timeline',
        '__metadata',
        ...(process.env.TRACE_DEBUG ? ['devtools.timeline', 'v8', 'disabled-by-default-v8.gc'] : []),
      ],
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      await page.close();
      const mainThreads = new Set<string>();
      // Web pages' renderers: "Renderer" processes, less the tracing tab's own (the popup and the
      // service worker live in the "Extension Renderer").
      const webPages = new Set<number>();
      const tracingTab = new Set<number>();
      for (const event of events) {
        if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
          mainThreads.add(`${event.pid}:${event.tid}`);
        if (event.ph === 'M' && event.name === 'process_name' && event.args?.name === 'Renderer') webPages.add(event.pid);
        if (event.name === 'TracingStartedInBrowser')
          for (const frame of event.args?.data?.frames ?? []) tracingTab.add(frame.processId ?? -1);
      }
      for (const pid of tracingTab) webPages.delete(pid);
      if (process.env.TRACE_DEBUG) {
        // What each long task was made of: its longer inner events (for looking into a figure).
        const { appendFileSync } = await import('node:fs');
        for (const task of events) {
          if (
            task.name !== 'RunTask' ||
            (task.dur ?? 0) <= LONG_TASK_US ||
            !webPages.has(task.pid) ||
            !mainThreads.has(`${task.pid}:${task.tid}`)
          )
            continue;
          const start = (task as { ts?: number }).ts ?? 0;
          const inner = events.filter(
            (event) =>
              event !== task &&
              event.pid === task.pid &&
              event.tid === task.tid &&
              event.ph === 'X' &&
              (event.dur ?? 0) > 3000 &&
              ((event as { ts?: number }).ts ?? 0) >= start &&
              ((event as { ts?: number }).ts ?? 0) < start + task.dur!,
          );
          appendFileSync(
            process.env.TRACE_DEBUG,
            `${Math.round(task.dur! / 1000)} ms: ${inner.map((event) => `${event.name} ${Math.round(event.dur! / 1000)}`).join(', ')}\n`,
          );
        }
      }
      return events
        .filter(
          (event) =>
            event.name === 'RunTask' &&
            event.ph === 'X' &&
            (event.dur ?? 0) > LONG_TASK_US &&
            mainThreads.has(`${event.pid}:${event.tid}`) &&
            webPages.has(event.pid),
        )
        .map((event) => Math.round(event.dur! / 1000));
    },
  };
}
