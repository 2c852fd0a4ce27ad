// Issue 3, item 6: in every real editor, the extension warns about a prospect without touching
// the editor, stops the send until the person decides, and never loses or doubles a message.
// Our UI sits in closed shadow roots: it is reached through the accessibility tree (CDP).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAx, findAx, focusedAx, waitForAx, waitForNoAx, type AxQuery } from './support/accessibility-tree';
import { EDITOR_PAGES, type EditorPage } from './support/editor-pages';
import {
  editorModelText,
  editorSnapshot,
  openEditorPage,
  pressSend,
  sentMessages,
  typeMessage,
  waitForSentCount,
} from './support/editor-page-driver';
import { startEditorSession, type EditorSession } from './support/editor-session';
import { CLEAN_MESSAGE, PROSPECT_MESSAGE, TEST_WATCHLIST, WON_DEAL_MESSAGE } from './support/test-watchlist';
import type { LaunchedBrowser } from './support/launch-browser';

const CAUTION: AxQuery = { role: 'status', name: /Acme Robotics/ };
const CONFIRMATION: AxQuery = { role: 'alertdialog' };
const SEND_ANYWAY: AxQuery = { role: 'button', name: 'Send anyway' };
const REVIEW: AxQuery = { role: 'button', name: 'Review' };

let session: EditorSession;
beforeAll(async () => {
  session = await startEditorSession(TEST_WATCHLIST);
});
afterAll(() => session?.close());

async function openTyped(browser: LaunchedBrowser, editorPage: EditorPage, text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await openEditorPage(page, session.pages.url('/'), editorPage);
  await typeMessage(page, text);
  return page;
}

/** The editor after the same keystrokes in the same browser without the extension. */
async function withoutExtension(editorPage: EditorPage, text: string) {
  const page = await openTyped(session.unguarded, editorPage, text);
  try {
    return await editorSnapshot(page);
  } finally {
    await page.close();
  }
}

/** Types a message naming the prospect and waits for the caution, so the extension is armed. */
async function openWithCaution(editorPage: EditorPage): Promise<Page> {
  const page = await openTyped(session.guarded, editorPage, PROSPECT_MESSAGE);
  await waitForAx(page, CAUTION);
  return page;
}

describe.each(EDITOR_PAGES)('$editor (sends with $sendBy)', (editorPage) => {
  it('shows the caution naming the prospect, and leaves the editor exactly as it is without the extension', async () => {
    const page = await openWithCaution(editorPage);
    expect(await editorSnapshot(page)).toEqual(await withoutExtension(editorPage, PROSPECT_MESSAGE));
    await page.close();
  });

  it('stops the send and asks, with focus in the question; nothing leaves and the text stays', async () => {
    const page = await openWithCaution(editorPage);
    const typed = await editorModelText(page);
    await pressSend(page, editorPage);
    await waitForAx(page, CONFIRMATION);
    expect(await findAx(page, SEND_ANYWAY)).not.toBeNull();
    expect(await findAx(page, REVIEW)).not.toBeNull();
    expect((await focusedAx(page))?.role).toMatch(/^(alertdialog|button)$/);
    expect(await sentMessages(page)).toEqual([]);
    expect(await editorModelText(page)).toBe(typed);
    await page.close();
  });

  it('sends the message exactly once after "Send anyway"', async () => {
    const page = await openWithCaution(editorPage);
    const typed = await editorModelText(page);
    await pressSend(page, editorPage);
    await clickAx(page, SEND_ANYWAY);
    await waitForNoAx(page, CONFIRMATION);
    if (editorPage.sendBy !== 'button') {
      // A key press is never replayed: the person's next send goes through (focus is back in the
      // editor). Where the extension replayed through a Send button instead, the editor is empty
      // by now and this press sends nothing: either way the message leaves once.
      await pressSend(page, editorPage);
    }
    expect(await waitForSentCount(page, 1)).toEqual([typed]);
    // A later message follows it directly: no second copy went out in between.
    await page.click(editorPage.editorSelector);
    await typeMessage(page, CLEAN_MESSAGE);
    const clean = await editorModelText(page);
    await pressSend(page, editorPage);
    expect(await waitForSentCount(page, 2)).toEqual([typed, clean]);
    await page.close();
  });

  it.each([
    { choice: 'the Review button', decide: (page: Page) => clickAx(page, REVIEW) },
    { choice: 'Escape', decide: (page: Page) => page.keyboard.press('Escape') },
  ])('keeps the message unsent when the person chooses $choice', async ({ decide }) => {
    const page = await openWithCaution(editorPage);
    const typed = await editorModelText(page);
    await pressSend(page, editorPage);
    await waitForAx(page, CONFIRMATION);
    await decide(page);
    await waitForNoAx(page, CONFIRMATION);
    expect(await sentMessages(page)).toEqual([]);
    expect(await editorModelText(page)).toBe(typed);
    await page.close();
  });

  it.each([
    { message: CLEAN_MESSAGE, names: 'no prospect' },
    { message: WON_DEAL_MESSAGE, names: 'only a won deal' },
  ])('sends a message naming $names at once, with no question', async ({ message }) => {
    const page = await openTyped(session.guarded, editorPage, message);
    const typed = await editorModelText(page);
    await pressSend(page, editorPage);
    expect(await waitForSentCount(page, 1)).toEqual([typed]);
    expect(await findAx(page, CONFIRMATION)).toBeNull();
    expect(await findAx(page, { role: 'status', name: /Initech|Acme/ })).toBeNull();
    await page.close();
  });

  it.runIf(editorPage.multiline)('leaves Shift+Enter alone: a new line, nothing sent, even with a prospect named', async () => {
    const page = await openWithCaution(editorPage);
    await typeMessage(page, '\nsee you then');
    expect(await editorSnapshot(page)).toEqual(await withoutExtension(editorPage, `${PROSPECT_MESSAGE}\nsee you then`));
    expect(await sentMessages(page)).toEqual([]);
    expect(await findAx(page, CONFIRMATION)).toBeNull();
    await page.close();
  });
});
