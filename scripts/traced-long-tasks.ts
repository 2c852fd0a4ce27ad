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
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'] },
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
        const { writeFileSync } = await import('node:fs');
        writeFileSync(
          process.env.TRACE_DEBUG,
          JSON.stringify(
            events.filter(
              (event) =>
                event.args?.data?.url !== undefined ||
                event.args?.data?.frames ||
                event.ph === 'M' ||
                (event.name === 'RunTask' && (event.dur ?? 0) > LONG_TASK_US),
            ),
          ),
        );
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
