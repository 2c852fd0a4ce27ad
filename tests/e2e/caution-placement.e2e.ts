// The caution never hides the page: on the demo page and every editor test page, in four window
// sizes, each control the page shows and the text being typed still receive the pointer once the
// caution shows. Checked from the page's side, by hit testing, the way a click would land.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAx } from './support/accessibility-tree';
import { closedShadowHosts } from './support/closed-shadow-hosts';
import { EDITOR_PAGES } from './support/editor-pages';
import { launchBrowser, type LaunchedBrowser } from './support/launch-browser';
import { DEMO_DIR, PAGES_BUILD_DIR } from './support/project-paths';
import { importWatchlistText } from './support/seed-watchlist';
import { startStaticServer, type StaticServer } from './support/static-server';
import { waitUntil } from './support/wait-until';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
  { width: 390, height: 740 },
];

let browser: LaunchedBrowser;
let demo: StaticServer;
let pages: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startStaticServer(DEMO_DIR);
  pages = await startStaticServer(PAGES_BUILD_DIR);
  const sample = readFileSync(join(DEMO_DIR, 'sample-watchlist.json'), 'utf8');
  await importWatchlistText(browser.context, browser.extensionId!, sample, 'sample-watchlist.json');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await pages?.close();
});

/** Where a click lands, per control of the page in view: true when on the control itself. */
function controlsReached(page: Page): Promise<{ control: string; reached: boolean }[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [contenteditable="true"]';
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((control, index) => {
      const box = control.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return [];
      const hit = document.elementFromPoint(x, y);
      const name = `${control.localName}#${control.id || index} "${(control.textContent || control.getAttribute('placeholder') || '').trim().slice(0, 20)}"`;
      return [{ control: name, reached: hit !== null && (hit === control || control.contains(hit) || hit.contains(control)) }];
    });
  });
}

/**
 * Points over the text being typed (the caret and a grid over the editor in view) where a click
 * lands on our layer instead (the editor's own pop-ups, such as CKEditor's "Powered by", may).
 */
function typingAreaCovered(page: Page, selector: string, ourHosts: string[]): Promise<string[]> {
  return page.evaluate(
    ({ editorSelector, hosts }) => {
      const editor = document.querySelector<HTMLElement>(editorSelector)!;
      const inEditor = (x: number, y: number) => !hosts.includes(document.elementFromPoint(x, y)?.localName ?? '');
      const covered: string[] = [];
      const selection = getSelection();
      const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
      if (caret && caret.height > 0 && !inEditor(caret.left, caret.top + caret.height / 2)) covered.push('the caret');
      const box = editor.getBoundingClientRect();
      const left = Math.max(box.left, 0) + 2;
      const top = Math.max(box.top, 0) + 2;
      const right = Math.min(box.right, innerWidth) - 2;
      const bottom = Math.min(box.bottom, innerHeight) - 2;
      for (let x = left; x <= right; x += Math.max(8, (right - left) / 12)) {
        for (let y = top; y <= bottom; y += Math.max(8, (bottom - top) / 6)) {
          if (!inEditor(x, y)) covered.push(`the editor at ${Math.round(x)},${Math.round(y)}`);
        }
      }
      return covered;
    },
    { editorSelector: selector, hosts: ourHosts },
  );
}

/** The caution shows, as its card or as its badge. */
async function cautionShown(page: Page): Promise<string> {
  return waitUntil(async () => {
    const card = await findAx(page, { role: 'status', name: 'Prospect Guard caution' });
    if (card) return 'card';
    const badge = await findAx(page, { role: 'button', name: /^Prospect Guard: this message names/ });
    return badge ? 'badge' : null;
  }, 'the caution (card or badge)');
}

async function checkNothingHidden(page: Page, editorSelector: string, text: string): Promise<string> {
  const before = await controlsReached(page);
  await page.click(editorSelector);
  await page.keyboard.type(text);
  const form = await cautionShown(page);
  const after = new Map((await controlsReached(page)).map(({ control, reached }) => [control, reached]));
  const hidden = before.filter(({ control, reached }) => reached && after.get(control) === false).map(({ control }) => control);
  expect(hidden, `controls covered by the caution (${form})`).toEqual([]);
  const ourHosts = (await closedShadowHosts(page)).map((host) => host.localName);
  expect(ourHosts).toHaveLength(1);
  expect(await typingAreaCovered(page, editorSelector, ourHosts), `typing area covered by the caution (${form})`).toEqual([]);
  return form;
}

describe.each(SIZES)('in a $width×$height window, the caution hides nothing', (size) => {
  it('on the demo page: its mail composer, chat box and notes, and every button and field', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(demo.url('/index.html'));
    await checkNothingHidden(page, '#mail-body', 'Quick update on Société Générale Assurances ');
    await checkNothingHidden(page, '#chat-input', 'shall we invite Acme Robotics?');
    await checkNothingHidden(page, '#notes', 'Call with Énergies Côte d’Azur');
    await page.close();
  });

  it.each(EDITOR_PAGES)('on the $editor page', async ({ file, editorSelector }) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(pages.url(`/${file}`));
    await page.waitForSelector(editorSelector);
    await checkNothingHidden(page, editorSelector, "Let's talk to Acme Robotics tomorrow");
    await page.close();
  });
});
