// `npm run soak` (not part of `npm test`): a long session of scripted typing, to show the extension
// neither leaks memory nor causes long tasks over time. Ten tabs of real editors (the e2e editor
// pages) in a browser with the extension and a 50,000-entry watchlist, and the same ten tabs in a
// browser without it, typed into alike, round-robin: messages that name prospects are shown a
// caution and then cleared by the person (Ctrl+A, Backspace), clean ones are sent. Each clean
// message must reach the page's own send handler in both browsers: the two then typed the same.
// Every minute each tab's JavaScript heap is measured after a forced garbage collection (CDP
// HeapProfiler.collectGarbage + Runtime.getHeapUsage; the content script's world lives in the
// same heap). Long tasks over 50 ms are counted in every tab (PerformanceObserver), apart from
// those during the soak's own measuring and the 2 s after it, when nothing is typed.
// At the first minute, the middle and the end, a heap snapshot of every tab splits that heap into
// compiled code and data (scripts/heap-by-kind.ts).
// Verdict: the data the extension adds to the heap (with − without) grows by less than 2 MB over
// the run after the first minute; while typing (after the first minute's measuring) the tabs with
// the extension have no more long tasks than without; and no clean message was held. Compiled
// code is reported beside it: V8 compiles more of a script's functions as they get hot, over the
// first hundred or so rounds, then stops (a heap-snapshot diff of one tab over 430 rounds: 0.90 MB
// of code at round 30, 1.08 at 130, then 1.09, 1.08, 1.12).
//
// Options: --minutes=N (30), --entries=N (50000), --tabs=N (10), --editors=Slate,Draft.js (the
// editor pages the tabs cycle through; all by default), --extension-dir=DIR (another build, e.g.
// main's, for figures side by side; default .output/chrome-mv3).
import type { CDPSession, Page } from 'playwright-core';
import { buildTestPages } from '../tests/e2e/support/build-test-pages';
import { openEditorPage, type PageHooks, pressSend } from '../tests/e2e/support/editor-page-driver';
import type { EditorPage } from '../tests/e2e/support/editor-pages';
import { launchBrowser, type LaunchedBrowser } from '../tests/e2e/support/launch-browser';
import { PAGES_BUILD_DIR } from '../tests/e2e/support/project-paths';
import { seedWatchlist } from '../tests/e2e/support/seed-watchlist';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { syntheticWatchlist } from './synthetic-text';
import { traceLongTasks } from './traced-long-tasks';
import { heapByKind, type HeapByKind } from './heap-by-kind';
import { editorPagesOption } from './editor-pages-option';
import { numberOption, textOption } from './script-options';

const MINUTES = numberOption('minutes', 30);
const ENTRIES = numberOption('entries', 50_000);
const TABS = numberOption('tabs', 10);
const SOAKED_PAGES = editorPagesOption();
const EXTENSION_DIR = textOption('extension-dir');
const MAX_ADDED_GROWTH_MB = 2;

interface Tab {
  editorPage: EditorPage;
  page: Page;
  cdp: CDPSession;
  /** Clean messages whose send did not go through. */
  heldCleanSends: number;
}

// Installed before the page's scripts: records long tasks, and the windows in which the soak
// itself works in the tab (a forced garbage collection, a heap snapshot), so that what measuring
// costs is not counted as the extension's. Long animation frames (Chromium's LoAF entries) say
// which scripts ran in a long task, ours among them, and how long they forced style and layout.
interface FrameScript {
  /** What called the script: an event listener, an idle callback, a timer, a frame callback. */
  invoker: string;
  /** "extension" for our content script, else the page script's file name. */
  source: string;
  ms: number;
  layoutMs: number;
}
/** Chromium's long animation frame entry, as far as the soak reads it (not in TypeScript's DOM types). */
interface LongFrameEntry extends PerformanceEntry {
  scripts: { invoker: string; sourceURL: string; duration: number; forcedStyleAndLayoutDuration: number }[];
}
interface SoakRecord {
  tasks: { start: number; end: number }[];
  windows: { start: number; end: number }[];
  frames: { start: number; end: number; scripts: FrameScript[] }[];
  /** When the soak's first minute was sampled: long tasks after it were while typing. */
  typingFrom?: number;
}
function recordLongTasks(): void {
  const record: SoakRecord = { tasks: [], windows: [], frames: [] };
  (window as unknown as { __soak: SoakRecord }).__soak = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LongFrameEntry[]) {
      record.frames.push({
        start: entry.startTime,
        end: entry.startTime + entry.duration,
        scripts: entry.scripts.map((script) => ({
          invoker: script.invoker,
          source: script.sourceURL.startsWith('chrome-extension:') ? 'extension' : script.sourceURL.split('/').pop() || '(inline)',
          ms: Math.round(script.duration),
          layoutMs: Math.round(script.forcedStyleAndLayoutDuration),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

// After a forced collection, a heap snapshot or the end of the start-up trace, a renderer goes on
// freeing and flushing for a moment: tasks over 50 ms came within a second of the minute-1
// snapshots and trace end (144–898 ms, in the tabs with the larger heaps). The soak types nothing
// for this long after its measuring, and counts that time as measuring.
const SETTLE_MS = 2_000;

/**
 * Runs the soak's own measuring with typing paused in every tab, then lets the tabs settle: long
 * tasks in that window, in any tab, are the soak's, not the extension's.
 */
async function pausedForMeasuring(tabs: Tab[], work: () => Promise<void>): Promise<void> {
  const starts = await Promise.all(tabs.map(({ page }) => page.evaluate(() => performance.now())));
  await work();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await Promise.all(
    tabs.map(({ page }, index) =>
      page.evaluate((from) => {
        (window as unknown as { __soak: SoakRecord }).__soak.windows.push({ start: from, end: performance.now() });
      }, starts[index]!),
    ),
  );
}

async function openTabs(browser: LaunchedBrowser, baseUrl: string): Promise<Tab[]> {
  await browser.context.addInitScript(recordLongTasks);
  const tabs: Tab[] = [];
  for (let index = 0; index < TABS; index++) {
    const editorPage = SOAKED_PAGES[index % SOAKED_PAGES.length]!;
    const page = await browser.context.newPage();
    await openEditorPage(page, baseUrl, editorPage);
    // A plain session: the e2e helper's also turns on the DOM and accessibility agents, and the
    // accessibility tree kept current on every keystroke is work the page would not otherwise do.
    tabs.push({ editorPage, page, cdp: await browser.context.newCDPSession(page), heldCleanSends: 0 });
  }
  return tabs;
}

async function heapMegabytes(tabs: Tab[]): Promise<number> {
  let bytes = 0;
  for (const tab of tabs) {
    await tab.cdp.send('HeapProfiler.collectGarbage');
    bytes += ((await tab.cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  }
  return bytes / 1024 / 1024;
}

/** The tabs' heaps summed, split into compiled code and data (one heap snapshot per tab). */
async function heapKinds(tabs: Tab[]): Promise<HeapByKind> {
  const sum = { code: 0, data: 0 };
  for (const tab of tabs) {
    const kinds = await heapByKind(tab.cdp);
    sum.code += kinds.code;
    sum.data += kinds.data;
  }
  return sum;
}

/** When a long task ran: before typing began, while typing, or during the soak's own measuring. */
type Phase = 'start-up' | 'typing' | 'measuring';

interface LongTask {
  phase: Phase;
  start: number;
  ms: number;
  /** The page scripts long animation frames name in it. */
  scripts: FrameScript[];
}

/** The tab's long tasks so far, each with its phase and the scripts that ran in it. */
async function longTasksOf(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const { tasks, windows, frames, typingFrom = Number.POSITIVE_INFINITY } = (window as unknown as { __soak: SoakRecord }).__soak;
    // Inline, not named helpers: this function runs in the page, where tsx's __name is not.
    return tasks.map((task) => ({
      phase: (windows.some((window) => task.start < window.end && window.start < task.end)
        ? 'measuring'
        : task.start < typingFrom
          ? 'start-up'
          : 'typing') as Phase,
      start: task.start,
      ms: Math.round(task.end - task.start),
      scripts: frames.filter((frame) => frame.start < task.end && task.start < frame.end).flatMap((frame) => frame.scripts),
    }));
  });
}

/** How many long tasks the tabs had in `phase`; all but the measuring ones when no phase is given. */
async function longTasks(tabs: Tab[], phase?: Phase): Promise<number> {
  const tasks = (await Promise.all(tabs.map(({ page }) => longTasksOf(page)))).flat();
  return tasks.filter((task) => (phase ? task.phase === phase : task.phase !== 'measuring')).length;
}

/** Each long task apart from the soak's measuring: when, how long, which page scripts ran in it. */
async function longTaskScripts(tabs: Tab[]): Promise<string[]> {
  const lines: string[] = [];
  for (const { page, editorPage } of tabs) {
    for (const task of await longTasksOf(page)) {
      if (task.phase === 'measuring') continue;
      const ran = task.scripts.map((script) => `${script.source} ${script.invoker} ${script.ms} (${script.layoutMs})`).join('; ');
      lines.push(`${editorPage.editor}, ${task.phase} ${(task.start / 1000).toFixed(1)} s, ${task.ms} ms: ${ran || 'no script'}`);
    }
  }
  return lines;
}

/** Whether a page-side wait ended before its timeout. */
const within = (wait: Promise<unknown>): Promise<boolean> =>
  wait.then(
    () => true,
    () => false,
  );

/** Empties the editor as a person does (Ctrl+A, Backspace), again until its model holds nothing. */
async function clearEditor(tab: Tab): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await tab.page.keyboard.press('Control+A');
    // A person's pause between the two keys: Slate takes the browser's selection on a 100 ms
    // throttle, and a Backspace sooner deletes one character from its old selection (the round's
    // clean message would then still name the prospect, and the two browsers would type different
    // texts: without the extension it is sent, with it the send is held).
    await tab.page.waitForTimeout(150);
    await tab.page.keyboard.press('Backspace');
    const emptied = tab.page.waitForFunction(() => (window as unknown as PageHooks).__editorModelText().trim() === '', undefined, {
      timeout: 1_000,
    });
    if (await within(emptied)) return;
  }
  throw new Error(`${tab.editorPage.editor}: the editor could not be emptied with Ctrl+A, Backspace.`);
}

/**
 * One round in one tab: a message naming a prospect, shown then cleared; then a clean one, sent.
 * The clean message must be sent, with the extension as without: one held is counted.
 */
async function typeRound(tab: Tab, names: string[], round: number): Promise<void> {
  const { page, editorPage } = tab;
  // Focused, not clicked: a click lands wherever our caution happens to be drawn.
  await page.focus(editorPage.editorSelector);
  const name = names[round % names.length]!;
  await page.keyboard.type(`Call ${name} about the renewal, `);
  await clearEditor(tab);
  await page.keyboard.type(`Lunch on Friday, round ${round}`);
  const sentBefore = await page.evaluate(() => (window as unknown as PageHooks).__sent.length);
  await pressSend(page, editorPage);
  const sent = page.waitForFunction((count) => (window as unknown as PageHooks).__sent.length > count, sentBefore, { timeout: 5_000 });
  if (await within(sent)) return;
  // Held: answered with Review (Escape), as a person would, and the text cleared for the next round.
  tab.heldCleanSends++;
  await page.keyboard.press('Escape');
  await clearEditor(tab);
}

async function main(): Promise<void> {
  console.log(
    `Soak: ${MINUTES} min, ${TABS} tabs per browser (${SOAKED_PAGES.map((page) => page.editor).join(', ')}), ${ENTRIES.toLocaleString('en')} entries.`,
  );
  await buildTestPages();
  const server = await startStaticServer(PAGES_BUILD_DIR);
  const guarded = await launchBrowser({ withExtension: true, ...(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {}) });
  const unguarded = await launchBrowser({ withExtension: false });
  try {
    const watchlist = syntheticWatchlist(ENTRIES);
    await seedWatchlist(guarded.context, guarded.extensionId!, watchlist);
    const names = watchlist.filter((entry) => entry.status === 'open').map((entry) => entry.name);
    // Start-up is also traced (first minute): the pages' longtask observer misses tasks that run
    // only extension code, such as a pushed list being received and built.
    const traces = [await traceLongTasks(guarded.context), await traceLongTasks(unguarded.context)];
    const withTabs = await openTabs(guarded, server.origin);
    const withoutTabs = await openTabs(unguarded, server.origin);
    const allTabs = [...withTabs, ...withoutTabs];
    let tracedStartUp: number[][] | undefined;

    const samples: { minute: number; withMb: number; withoutMb: number; withLong: number; withoutLong: number }[] = [];
    // Per minute measured: what the extension adds (with − without), as compiled code and as data.
    const kindMinutes = new Map<number, HeapByKind>();
    const sample = async (minute: number) => {
      const row = {
        minute,
        withMb: await heapMegabytes(withTabs),
        withoutMb: await heapMegabytes(withoutTabs),
        withLong: await longTasks(withTabs),
        withoutLong: await longTasks(withoutTabs),
      };
      samples.push(row);
      // Split into code and data where the verdict reads it: the baseline, the middle, the end.
      if (kindMinutes.size === 0 ? minute >= 1 : minute === Math.floor(MINUTES / 2) || minute === MINUTES) {
        const [withKinds, withoutKinds] = [await heapKinds(withTabs), await heapKinds(withoutTabs)];
        kindMinutes.set(minute, { code: withKinds.code - withoutKinds.code, data: withKinds.data - withoutKinds.data });
      }
      console.log(
        `min ${String(minute).padStart(3)}  heap with ${row.withMb.toFixed(1)} MB, without ${row.withoutMb.toFixed(1)} MB, ` +
          `added ${(row.withMb - row.withoutMb).toFixed(2)} MB; long tasks with ${row.withLong}, without ${row.withoutLong}`,
      );
    };

    const start = Date.now();
    let round = 0;
    let nextSample = 0;
    while (Date.now() - start < MINUTES * 60_000) {
      const minute = Math.floor((Date.now() - start) / 60_000);
      if (minute >= nextSample) {
        const startingToType = minute >= 1 && !tracedStartUp;
        await pausedForMeasuring(allTabs, async () => {
          await sample(minute);
          if (startingToType) tracedStartUp = await Promise.all(traces.map((trace) => trace.stop()));
        });
        // What came before (opening the tabs, each loading the list, the first minute's typing) is
        // start-up: loading a long list into a tab is measured apart, by the page benchmark and
        // the team-list figures.
        if (startingToType) {
          for (const { page } of allTabs) {
            await page.evaluate(() => {
              (window as unknown as { __soak: SoakRecord }).__soak.typingFrom = performance.now();
            });
          }
        }
        nextSample = minute + 1;
      }
      for (let index = 0; index < TABS; index++) {
        await Promise.all([typeRound(withTabs[index]!, names, round), typeRound(withoutTabs[index]!, names, round)]);
      }
      round++;
    }
    await pausedForMeasuring(allTabs, () => sample(MINUTES));

    const added = (row: (typeof samples)[number]) => row.withMb - row.withoutMb;
    const first = samples.find((row) => row.minute >= 1) ?? samples[0]!;
    const last = samples[samples.length - 1]!;
    const growth = added(last) - added(first);
    const [withTyping, withoutTyping] = [await longTasks(withTabs, 'typing'), await longTasks(withoutTabs, 'typing')];
    const [withStartUp, withoutStartUp] = [await longTasks(withTabs, 'start-up'), await longTasks(withoutTabs, 'start-up')];
    console.log(`\n${round} rounds in each of ${TABS} tabs per browser.`);
    console.log(
      `Heap added by the extension: ${added(first).toFixed(2)} MB at minute ${first.minute}, ${added(last).toFixed(2)} MB at the end (growth ${growth.toFixed(2)} MB).`,
    );
    console.log(
      `Long tasks while typing (after minute ${first.minute}'s measuring): ${withTyping} with the extension, ${withoutTyping} without; at start-up ${withStartUp} with, ${withoutStartUp} without.`,
    );
    if (tracedStartUp) {
      const [withTasks, withoutTasks] = tracedStartUp.map((tasks) =>
        tasks.length ? `${tasks.length} (max ${Math.max(...tasks)} ms)` : '0',
      );
      console.log(
        `Long tasks in the tabs' renderers, traced, from opening the tabs to minute 1: ${withTasks} with the extension, ${withoutTasks} without.`,
      );
    }
    // V8 keeps compiling more of a script's functions as they get hot, for many minutes: that code
    // stops growing once the content script's hot code is compiled, so the verdict reads data.
    const measured = [...kindMinutes].sort(([a], [b]) => a - b);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
    for (const [minute, kinds] of measured) {
      console.log(`Heap added at minute ${minute}, from snapshots: code ${mb(kinds.code)} MB, data ${mb(kinds.data)} MB.`);
    }
    const [, firstKinds] = measured[0]!;
    const [, lastKinds] = measured[measured.length - 1]!;
    const dataGrowth = (lastKinds.data - firstKinds.data) / 1024 / 1024;
    console.log(
      `Growth from minute ${measured[0]![0]} to the end: data ${dataGrowth.toFixed(2)} MB, compiled code ${mb(lastKinds.code - firstKinds.code)} MB` +
        (measured.length === 3 ? ` (${mb(measured[1]![1].code - firstKinds.code)} MB of it in the first half).` : '.'),
    );
    const flat = dataGrowth < MAX_ADDED_GROWTH_MB;
    const noLongTask = withTyping <= withoutTyping;
    const perTab = async (tabs: Tab[]) =>
      Promise.all(tabs.map(async (tab) => `${tab.editorPage.editor} ${await longTasks([tab], 'typing')}`));
    console.log(`Long tasks while typing per tab, with the extension: ${(await perTab(withTabs)).join(', ')}.`);
    console.log(`Long tasks while typing per tab, without: ${(await perTab(withoutTabs)).join(', ')}.`);
    console.log('Long tasks with the extension, and the scripts in them (ms, of which forced style and layout):');
    for (const line of await longTaskScripts(withTabs)) console.log(`  ${line}`);
    console.log('The same, without:');
    for (const line of await longTaskScripts(withoutTabs)) console.log(`  ${line}`);
    console.log(
      `Long tasks during the soak's own measuring and the ${SETTLE_MS / 1000} s after it (forced garbage collections, snapshots, the trace's end; not counted): ${await longTasks(withTabs, 'measuring')} with the extension, ${await longTasks(withoutTabs, 'measuring')} without.`,
    );
    // Every round's clean message is sent in both browsers: otherwise the two typed different
    // things, and a clean message held with the extension is a false caution.
    const held = (tabs: Tab[]) => tabs.reduce((sum, tab) => sum + tab.heldCleanSends, 0);
    const allSent = held(withTabs) === 0 && held(withoutTabs) === 0;
    console.log(`Clean messages not sent: ${held(withTabs)} with the extension, ${held(withoutTabs)} without.`);
    const pass = flat && noLongTask && allSent;
    console.log(pass ? 'PASS: memory flat, no long task caused, every clean message sent.' : 'FAIL: see the figures above.');
    process.exitCode = pass ? 0 : 1;
  } finally {
    await guarded.close();
    await unguarded.close();
    await server.close();
  }
}

await main();
