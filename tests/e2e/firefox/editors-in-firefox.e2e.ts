// Issue 10, item 7: the Firefox build, installed in Debian's Firefox ESR, guards a textarea, a
// contenteditable and a framework editor (TipTap/ProseMirror) as it does in Chromium: the caution
// is drawn, a send naming a prospect is stopped and asked about, Review and Escape keep the
// message, "Send anyway" sends it exactly once, and a clean message sends at once.
// BiDi cannot see into our closed shadow root, so each check reads an effect a person or the
// page can observe: what the page sent, where the keyboard focus is, and the pixels by the editor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EDITOR_PAGES, type EditorPage } from '../support/editor-pages';
import { PAGES_BUILD_DIR } from '../support/project-paths';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { CLEAN_MESSAGE, TEST_WATCHLIST } from '../support/test-watchlist';
import { waitUntil } from '../support/wait-until';
import { editorModelText, focusPlace, openEditorPage, pressSend, sentMessages } from './support/firefox-page-driver';
import { firefoxSkipReason, launchFirefox, type LaunchedFirefox } from './support/launch-firefox';
import { pictureAroundEditor } from './support/pixels-around-editor';
import { seedFirefoxWatchlist } from './support/seed-firefox-watchlist';

// The prospect message in two parts: the picture before the name is what the page looks like
// without a caution.
const BEFORE_NAME = "Let's talk to ";
const WITH_NAME = 'Acme Robotics tomorrow';
const PROSPECT_MESSAGE = BEFORE_NAME + WITH_NAME;

function editorPage(editor: string, sendBy: EditorPage['sendBy']): EditorPage {
  const page = EDITOR_PAGES.find((candidate) => candidate.editor === editor);
  if (!page) throw new Error(`No editor test page named "${editor}" in tests/e2e/support/editor-pages.ts.`);
  return { ...page, sendBy };
}

// Each send path once: chat Enter, mail Ctrl+Enter, and a Send button (the one the add-on
// replays after "Send anyway").
const FIREFOX_EDITORS = [editorPage('textarea', 'enter'), editorPage('contenteditable', 'mod-enter'), editorPage('TipTap', 'button')];

const skipReason = firefoxSkipReason();
if (skipReason) console.warn(`Skipping the Firefox suite: ${skipReason}.`);

describe.skipIf(skipReason !== null)('in Firefox ESR with the Firefox build installed', () => {
  let firefox: LaunchedFirefox;
  let pages: StaticServer;

  beforeAll(async () => {
    pages = await startStaticServer(PAGES_BUILD_DIR);
    firefox = await launchFirefox();
    await seedFirefoxWatchlist(firefox.browser, TEST_WATCHLIST);
  });
  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });

  async function openPage(editor: EditorPage): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 720 });
    await openEditorPage(page, pages.url(editor.file), editor);
    return page;
  }

  /** Types the prospect message and waits for the caution; returns the picture without it. */
  async function typeProspectMessage(page: Page, editor: EditorPage): Promise<string> {
    await page.keyboard.type(BEFORE_NAME);
    const withoutCaution = await pictureAroundEditor(page, editor.editorSelector);
    await page.keyboard.type(WITH_NAME);
    await waitUntil(
      async () => (await pictureAroundEditor(page, editor.editorSelector)) !== withoutCaution,
      'the caution drawn by the editor',
    );
    return withoutCaution;
  }

  /** Sends the prospect message and waits until the question holds the keyboard. */
  async function sendAndAsk(page: Page, editor: EditorPage): Promise<void> {
    await pressSend(page, editor);
    await waitUntil(async () => (await focusPlace(page, editor)) === 'closed layer outside the page', 'the question to take the focus');
  }

  describe.each(FIREFOX_EDITORS)('$editor (sends with $sendBy)', (editor) => {
    it('draws the caution by the editor and leaves the typed text as it is', async () => {
      const page = await openPage(editor);
      await typeProspectMessage(page, editor);
      expect(await editorModelText(page)).toBe(PROSPECT_MESSAGE);
      expect(await sentMessages(page)).toEqual([]);
      await page.close();
    });

    it('stops the send and asks: nothing leaves, the question keeps the keyboard through Tab', async () => {
      const page = await openPage(editor);
      await typeProspectMessage(page, editor);
      await sendAndAsk(page, editor);
      expect(await sentMessages(page)).toEqual([]);
      // Tab cycles through the question's two buttons and never reaches the page's controls.
      for (let press = 0; press < 3; press++) {
        await page.keyboard.press('Tab');
        expect(await focusPlace(page, editor)).toBe('closed layer outside the page');
      }
      expect(await sentMessages(page)).toEqual([]);
      expect(await editorModelText(page)).toBe(PROSPECT_MESSAGE);
      await page.close();
    });

    it.each([
      // Review is the first button: the safe choice comes first in the tab order.
      { choice: 'Review (Tab, then Enter)', keys: ['Tab', 'Enter'] as const },
      { choice: 'Escape', keys: ['Escape'] as const },
    ])('keeps the message unsent and returns to the editor on $choice', async ({ keys }) => {
      const page = await openPage(editor);
      await typeProspectMessage(page, editor);
      await sendAndAsk(page, editor);
      for (const key of keys) await page.keyboard.press(key);
      await waitUntil(async () => (await focusPlace(page, editor)) === 'editor', 'the focus back in the editor');
      expect(await sentMessages(page)).toEqual([]);
      expect(await editorModelText(page)).toBe(PROSPECT_MESSAGE);
      // The caret is back where the person left it: typing goes on at the end of the message.
      await page.keyboard.type('!');
      expect(await editorModelText(page)).toBe(`${PROSPECT_MESSAGE}!`);
      await page.close();
    });

    it('sends the message exactly once after "Send anyway" (Tab, Tab, Enter), and the caution goes with it', async () => {
      const page = await openPage(editor);
      const withoutCaution = await typeProspectMessage(page, editor);
      await sendAndAsk(page, editor);
      expect(await sentMessages(page)).toEqual([]);
      for (const key of ['Tab', 'Tab', 'Enter'] as const) await page.keyboard.press(key);
      await waitUntil(async () => (await focusPlace(page, editor)) === 'editor', 'the focus back in the editor');
      if (editor.sendBy !== 'button') {
        // A key press is never replayed: the person's next send goes through. Where the add-on
        // replayed a Send button instead, the editor is empty by now and this sends nothing.
        await pressSend(page, editor);
      }
      await waitUntil(async () => (await sentMessages(page)).length > 0, 'the send');
      expect(await sentMessages(page)).toEqual([PROSPECT_MESSAGE]);
      await waitUntil(
        async () => (await pictureAroundEditor(page, editor.editorSelector)) === withoutCaution,
        'the caution to go with the emptied editor',
      );
      // A later message follows it directly: no second copy went out in between.
      await page.click(editor.editorSelector);
      await page.keyboard.type(CLEAN_MESSAGE);
      await pressSend(page, editor);
      expect(await sentMessages(page)).toEqual([PROSPECT_MESSAGE, CLEAN_MESSAGE]);
      await page.close();
    });

    it('sends a message naming no prospect at once, with no question', async () => {
      const page = await openPage(editor);
      await page.keyboard.type(CLEAN_MESSAGE);
      await pressSend(page, editor);
      // Read as soon as the key press or click has been dispatched: a clean send waits for nothing.
      expect(await sentMessages(page)).toEqual([CLEAN_MESSAGE]);
      expect(await focusPlace(page, editor)).not.toBe('closed layer outside the page');
      await page.close();
    });
  });
});
