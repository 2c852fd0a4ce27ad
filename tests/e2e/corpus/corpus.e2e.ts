// Issue 10, item 6: every corpus page (tests/e2e/corpus/*.html, written like the real app each
// one names) is used the way a person uses it, on a fresh load each time, and counted:
//   leaks        a message naming a prospect that left without the question
//   false stops  a question opened by a clean message, by Enter where it is a new line, or by a
//                control that attaches, formats, records or opens a menu
// After "Send anyway" the message must leave exactly once. The table is written to
// .tmp/corpus-results.md and copied into docs/sending.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../support/launch-browser';
import { PROJECT_ROOT } from '../support/project-paths';
import { seedWatchlist } from '../support/seed-watchlist';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { CLEAN_MESSAGE, PROSPECT_MESSAGE, TEST_WATCHLIST } from '../support/test-watchlist';
import { waitUntil } from '../support/wait-until';
import { CorpusDriver } from './corpus-driver';
import { CORPUS_PAGES, type CorpusPage } from './corpus-pages';

const CORPUS_BUILD_DIR = join(PROJECT_ROOT, '.tmp', 'corpus');
const SECOND_LINE = 'and the pilot starts in May';

let browser: LaunchedBrowser;
let server: StaticServer;
const counts = new Map<string, { leaks: number; falseStops: number; checks: string[] }>();

beforeAll(async () => {
  await build({ configFile: join(PROJECT_ROOT, 'tests', 'e2e', 'corpus', 'vite.config.ts'), logLevel: 'warn' });
  server = await startStaticServer(CORPUS_BUILD_DIR);
  browser = await launchBrowser({ withExtension: true });
  await seedWatchlist(browser.context, browser.extensionId!, TEST_WATCHLIST);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  const rows = CORPUS_PAGES.map((page) => {
    const count = counts.get(page.file) ?? { leaks: 0, falseStops: 0, checks: [] };
    return `| \`${page.file}\` | ${page.standsFor} | ${page.kind} | ${count.leaks} | ${count.falseStops} | ${count.checks.join(', ')} |`;
  });
  const total = [...counts.values()].reduce(
    (sum, count) => ({ leaks: sum.leaks + count.leaks, falseStops: sum.falseStops + count.falseStops }),
    {
      leaks: 0,
      falseStops: 0,
    },
  );
  const table = [
    '| Page | Stands for | Kind | Leaks | False stops | Checked |',
    '|---|---|---|---:|---:|---|',
    ...rows,
    `| **${CORPUS_PAGES.length} pages** | | | **${total.leaks}** | **${total.falseStops}** | |`,
  ].join('\n');
  writeFileSync(join(PROJECT_ROOT, '.tmp', 'corpus-results.md'), `${table}\n`);
});

function note(page: CorpusPage, what: 'leak' | 'false stop' | null, check: string): void {
  const count = counts.get(page.file) ?? { leaks: 0, falseStops: 0, checks: [] };
  if (what === 'leak') count.leaks++;
  if (what === 'false stop') count.falseStops++;
  if (!count.checks.includes(check)) count.checks.push(check);
  counts.set(page.file, count);
}

async function openFresh(corpusPage: CorpusPage): Promise<{ page: Page; driver: CorpusDriver }> {
  const page = await browser.context.newPage();
  const driver = new CorpusDriver(page, corpusPage);
  await driver.open(server.url(`/${corpusPage.file}`));
  return { page, driver };
}

describe.each(CORPUS_PAGES)('$file ($standsFor)', (corpusPage) => {
  it.runIf(corpusPage.send !== null)('sends a clean message at once, with no question', async () => {
    const { page, driver } = await openFresh(corpusPage);
    await driver.type(CLEAN_MESSAGE);
    await driver.send();
    const outcome = await driver.questionOrSend();
    note(corpusPage, outcome === 'question' ? 'false stop' : null, 'clean send');
    expect(outcome).toBe('sent');
    expect((await driver.sent()).map((text) => text.trim())).toEqual([CLEAN_MESSAGE]);
    await page.close();
  });

  it.runIf(corpusPage.send !== null)('asks before a message naming a prospect leaves, then "Send anyway" sends it once', async () => {
    const { page, driver } = await openFresh(corpusPage);
    await driver.type(PROSPECT_MESSAGE);
    await driver.send();
    const outcome = await driver.questionOrSend();
    note(corpusPage, outcome === 'sent' ? 'leak' : null, 'prospect send');
    expect(outcome, 'the message left without the question').toBe('question');
    expect(await driver.sent()).toEqual([]);

    await driver.sendAnyway();
    // Where the send was not replayed, the line by the editor says how to send; the person does.
    const replayedOrPending = await waitUntil(async () => {
      if ((await driver.sent()).length > 0) return 'replayed' as const;
      return (await driver.pendingLineShown()) ? ('pending' as const) : null;
    }, 'the message sent, or the line saying how to send it');
    if (replayedOrPending === 'pending') await driver.send();
    expect((await driver.waitForSent(1)).map((text) => text.trim())).toEqual([PROSPECT_MESSAGE]);
    // The line saying how to send goes once the message has left.
    await waitUntil(async () => !(await driver.pendingLineShown()), 'the line saying how to send to go');

    // The next message follows it directly: no second copy went out in between.
    await driver.editor().click();
    await driver.type(CLEAN_MESSAGE);
    await driver.send();
    expect((await driver.waitForSent(2)).map((text) => text.trim())).toEqual([PROSPECT_MESSAGE, CLEAN_MESSAGE]);
    await page.close();
  });

  it.runIf(corpusPage.enterIsNewLine)('lets Enter start a new line after a prospect name, with no question', async () => {
    const { page, driver } = await openFresh(corpusPage);
    await driver.type(PROSPECT_MESSAGE);
    await page.keyboard.press('Enter');
    const asked = await driver.questionOpen();
    note(corpusPage, asked ? 'false stop' : null, 'Enter = new line');
    expect(asked, 'Enter, a new line here, opened the question').toBe(false);
    await driver.type(SECOND_LINE);
    expect(await driver.editorText()).toMatch(new RegExp(`${PROSPECT_MESSAGE}\\s*\\n+\\s*${SECOND_LINE}`));
    expect(await driver.sent()).toEqual([]);
    await page.close();
  });

  it.runIf(corpusPage.otherControls.length > 0)(
    'lets the controls that attach, format, record or open menus do their job, with no question',
    async () => {
      const { page, driver } = await openFresh(corpusPage);
      await driver.type(PROSPECT_MESSAGE);
      const stopped: string[] = [];
      for (const control of corpusPage.otherControls) {
        const before = (await driver.actions()).length;
        await driver.control(control).click();
        const outcome = await waitUntil(async () => {
          if ((await driver.actions()).length > before) return 'done' as const;
          return (await driver.questionOpen()) ? ('asked' as const) : null;
        }, `${control.selector} to do its job`);
        note(corpusPage, outcome === 'asked' ? 'false stop' : null, 'other controls');
        if (outcome === 'asked') {
          stopped.push(control.selector);
          await page.keyboard.press('Escape');
        }
        // Back in the message box for the next control, as a person would.
        await driver.editor().click();
      }
      expect(stopped, 'controls whose click opened the question').toEqual([]);
      expect(await driver.sent()).toEqual([]);
      await page.close();
    },
  );
});
