// "Nothing leaves the machine": over a whole session — install, import, the popup and settings,
// typing and sending on the demo page, export, erase — every request the browser context makes (its
// pages, the extension's pages and its service worker) is recorded, and none may go anywhere but the
// local demo server or the extension's own files. Requests are read from Playwright's network events,
// which include the service worker's; the CDP Network domain on each page confirms nothing
// (WebSocket, beacon) slipped past them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickAx, waitForAx } from '../support/accessibility-tree';
import { openOptions, openPopup } from '../support/extension-pages';
import { launchBrowser, type LaunchedBrowser } from '../support/launch-browser';
import { DEMO_DIR } from '../support/project-paths';
import { importWatchlistText } from '../support/seed-watchlist';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: LaunchedBrowser;
let demo: StaticServer;
const requested: { url: string; from: string }[] = [];
const cdpSeen: string[] = [];
const cdpSessions: CDPSession[] = [];
const watching = new WeakMap<Page, Promise<void>>();

/** Also watches a page through CDP: requests, WebSockets and EventSource all pass Network.*. */
function watchThroughCdp(page: Page): Promise<void> {
  let started = watching.get(page);
  if (!started) {
    started = (async () => {
      const cdp = await browser.context.newCDPSession(page);
      cdpSessions.push(cdp);
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => cdpSeen.push(event.request.url));
      cdp.on('Network.webSocketCreated', (event: { url: string }) => cdpSeen.push(event.url));
      await cdp.send('Network.enable');
    })();
    watching.set(page, started);
  }
  return started;
}

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startStaticServer(DEMO_DIR);
  browser.context.on('request', (request) => {
    const worker = request.serviceWorker();
    requested.push({ url: request.url(), from: worker ? `service worker ${worker.url()}` : (request.frame()?.url() ?? 'unknown') });
  });
  browser.context.on('page', (page) => void watchThroughCdp(page).catch(() => undefined));
  // The service worker started before these listeners: stop it, so the session's first message
  // starts it again with its start-up under watch.
  const blank = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await blank.close();

  // A seller's session: import, the popup, typing and sending, settings, export, erase.
  const sample = readFileSync(join(DEMO_DIR, 'sample-watchlist.json'), 'utf8');
  await importWatchlistText(browser.context, browser.extensionId!, sample, 'sample-watchlist.json');

  const popup = await openPopup(browser.context, browser.extensionId!);
  await popup.getByLabel('Prospect name').fill('Vandelay Industries');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await popup.getByText('Vandelay Industries').first().waitFor();
  await popup.close();

  const page = await browser.context.newPage();
  await watchThroughCdp(page);
  await page.goto(demo.url('/index.html'));
  await page.click('#chat-input');
  await page.keyboard.type('Shall we invite Vandelay Industries?');
  await waitForAx(page, { role: 'status', name: /Vandelay Industries/ });
  await page.keyboard.press('Enter');
  await waitForAx(page, { role: 'alertdialog' });
  await clickAx(page, { role: 'button', name: 'Send anyway' });
  await page.click('#mail-body');
  await page.keyboard.type('Clean note with no prospect');
  await page.click('#mail-send');

  const options = await openOptions(browser.context, browser.extensionId!);
  await options.getByRole('heading', { name: 'Watchlist' }).waitFor();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
  await download.path();
  await options.close();
  await page.close();
});

afterAll(async () => {
  for (const cdp of cdpSessions) await cdp.detach().catch(() => undefined);
  await browser?.close();
  await demo?.close();
});

describe('over a whole session, the extension', () => {
  it('made requests only to the page being used and its own files', () => {
    const allowed = (url: string) =>
      url.startsWith(`${demo.origin}/`) || url.startsWith(`chrome-extension://${browser.extensionId}/`) || /^(data|blob|about):/.test(url);
    // The session above did load things: the check is not vacuous.
    expect(requested.some(({ url }) => url.startsWith(`chrome-extension://${browser.extensionId}/popup.html`))).toBe(true);
    expect(requested.some(({ url }) => url.startsWith(demo.origin))).toBe(true);
    expect(cdpSeen.length).toBeGreaterThan(0);
    expect(requested.filter(({ url }) => !allowed(url))).toEqual([]);
    expect(cdpSeen.filter((url) => !allowed(url))).toEqual([]);
  });

  it('made no request from its service worker but for its own files', () => {
    // The worker was restarted under watch (see above), so its start-up counts too.
    const fromWorker = requested.filter(({ from }) => from.startsWith('service worker')).map(({ url }) => url);
    expect(fromWorker.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
  });
});
