// Chromium with the built extension, a page with a text area to type prospect names in, and the
// means to break the extension's storage the ways a real machine does: site data cleared while
// running, the database deleted or upgraded by another version, the profile's storage unopenable.
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchBrowser, type LaunchedBrowser } from '../support/launch-browser';
import { CautionUiReader } from '../caution-harness';
import { openRealPopup } from '../ui-support/real-popup';
import { waitUntil } from '../support/wait-until';

const TEXTAREA_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compose</title></head>
<body><textarea id="area" rows="4" cols="50"></textarea></body></html>`;

export interface FaultBrowser {
  context: BrowserContext;
  extensionId: string;
  /** An extension page (the popup, in a tab) kept open to talk to the background and to IndexedDB. */
  extensionPage: Page;
  /** Sends a request to the background as the popup would; rejects with the background's sentence. */
  background<T>(message: { type: string } & Record<string, unknown>): Promise<T>;
  /** Where Chromium keeps the extension's IndexedDB in this profile. */
  indexedDbDir: string;
  /** Opens a new tab on a page with a text area and a reader for our (closed) caution. */
  openComposePage(): Promise<{ page: Page; ui: CautionUiReader }>;
  /** Types `text` in a new compose tab; resolves with the caution's text once it names `expected`. */
  cautionFor(text: string, expected: string): Promise<string>;
  /** What the real toolbar popup says about `page` ("This page … Protected."). */
  popupPageStatus(page: Page): Promise<string>;
  close(): Promise<void>;
}

export async function launchFaultBrowser(options: { profileDir?: string } = {}): Promise<FaultBrowser> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(TEXTAREA_PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser(options);
  } catch (error) {
    server.close();
    throw error;
  }
  const { context, profileDir } = browser;
  const extensionId = browser.extensionId!;
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);

  const openComposePage = async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/compose`);
    return { page, ui: new CautionUiReader(await context.newCDPSession(page)) };
  };

  return {
    context,
    extensionId,
    extensionPage,
    background: <T>(message: { type: string } & Record<string, unknown>) =>
      extensionPage.evaluate(
        (request) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage(request),
        message,
      ) as Promise<T>,
    indexedDbDir: join(profileDir, 'Default', 'IndexedDB', `chrome-extension_${extensionId}_0.indexeddb.leveldb`),
    openComposePage,
    async cautionFor(text, expected) {
      const { page, ui } = await openComposePage();
      await page.click('#area');
      await page.keyboard.type(text);
      return waitUntil(async () => {
        const caution = await ui.caution();
        return caution.includes(expected) && caution;
      }, `a caution naming “${expected}”`);
    },
    async popupPageStatus(page) {
      await page.bringToFront();
      const popup = await openRealPopup({ context, extensionId, openPage: () => Promise.reject(), close: () => Promise.resolve() });
      try {
        await popup.waitFor(`document.querySelector('.page-status .status-line')?.textContent !== 'Loading…'`);
        return await popup.evaluate<string>(`document.querySelector('.page-status').innerText`);
      } finally {
        await popup.close();
      }
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
