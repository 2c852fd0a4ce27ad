// A web page's own scripts must learn nothing from the extension: not the watchlist, not what the
// caution says. The caution exists (CDP reads it through its closed shadow root); the page world
// looks everywhere it can and must not find it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForAx } from './support/accessibility-tree';
import { closedShadowHosts } from './support/closed-shadow-hosts';
import { EDITOR_PAGES } from './support/editor-pages';
import { openEditorPage, typeMessage } from './support/editor-page-driver';
import { startEditorSession, type EditorSession } from './support/editor-session';
import { PROSPECT_MESSAGE, TEST_WATCHLIST } from './support/test-watchlist';

let session: EditorSession;
beforeAll(async () => {
  session = await startEditorSession(TEST_WATCHLIST);
});
afterAll(() => session?.close());

// Runs in the page's main world before its scripts: records every message posted to the window.
function recordPostedMessages(): void {
  const seen: string[] = [];
  (window as unknown as { __postedMessages: string[] }).__postedMessages = seen;
  window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)), true);
}

/** Everything a page script can read: DOM text and attributes outside the editor (open shadow
 * roots and same-origin frames included), storage, cookies, posted messages, and the extension API. */
function whatThePageCanRead(editorSelector: string) {
  const editor = document.querySelector(editorSelector);
  const texts: string[] = [];
  const attributes: string[] = [];
  const walk = (root: Document | ShadowRoot | Element): void => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
      if (!(node instanceof Element)) continue;
      for (const attribute of Array.from(node.attributes)) attributes.push(`${attribute.name}=${attribute.value}`);
      // The editor's own text is what the person typed: the page has it anyway.
      if (node === editor) continue;
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLIFrameElement && node.contentDocument) walk(node.contentDocument);
      walk(node);
    }
  };
  walk(document);
  const storage = (store: Storage) => Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i)!)}`);
  const chromeApi = (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome;
  return {
    texts: texts.join(' '),
    attributes,
    storage: [...storage(localStorage), ...storage(sessionStorage), document.cookie],
    postedMessages: (window as unknown as { __postedMessages: string[] }).__postedMessages,
    windowNames: Object.getOwnPropertyNames(window).join(' '),
    extensionApi: chromeApi?.runtime?.id ?? null,
  };
}

async function pageWithCaution(file: string): Promise<{ page: Page; cautionText: string }> {
  const page = await session.guarded.context.newPage();
  await page.addInitScript(recordPostedMessages);
  const editorPage = EDITOR_PAGES.find((candidate) => candidate.file === file)!;
  await openEditorPage(page, session.pages.url('/'), editorPage);
  await typeMessage(page, PROSPECT_MESSAGE);
  const caution = await waitForAx(page, { role: 'status', name: /Acme Robotics/ });
  return { page, cautionText: `${caution.name} ${caution.subtreeText}`.trim() };
}

describe.each(EDITOR_PAGES.filter(({ editor }) => ['textarea', 'contenteditable', 'Quill'].includes(editor)))(
  'what a page script can read while the caution shows ($editor)',
  ({ file, editorSelector }) => {
    it('finds neither the prospect named, nor any watchlist entry, nor the caution text', async () => {
      const { page, cautionText } = await pageWithCaution(file);
      expect(cautionText).toMatch(/Acme Robotics/);
      const seen = await page.evaluate(whatThePageCanRead, editorSelector);
      const everything = [seen.texts, ...seen.attributes, ...seen.storage, ...seen.postedMessages, seen.windowNames].join('\n');
      for (const secret of ['Acme', 'Globex', 'acme-robotics.com', 'jane.doe', 'Initech', cautionText]) {
        expect(everything).not.toContain(secret);
      }
      expect(seen.extensionApi).toBeNull();
      await page.close();
    });

    it('gets null for the shadowRoot of our UI, whose host carries no prospect name', async () => {
      const { page } = await pageWithCaution(file);
      const hosts = await closedShadowHosts(page);
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) {
        expect(host.shadowRootVisible).toBe(false);
        expect(host.localName).not.toMatch(/prospect/i);
        expect(host.attributes.join(' ')).not.toMatch(/acme|globex|initech/i);
      }
      await page.close();
    });
  },
);
