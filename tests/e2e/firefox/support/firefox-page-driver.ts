// Drives an editor test page (tests/e2e/pages/) in Firefox the way a person does, with real key
// presses and clicks, and reads back what the page itself recorded (window.__sent, its model
// text) and where the keyboard focus is. Our UI is in a closed shadow root that BiDi cannot
// enter: the focus is how a test sees that the question holds the keyboard.
import type { Page } from 'puppeteer-core';
import type { EditorPage } from '../../support/editor-pages';

interface PageHooks {
  __sent: string[];
  __editorModelText(): string;
}
// Functions below run inside the page (serialised by puppeteer): they name `window` directly.
declare const window: PageHooks;

export async function openEditorPage(page: Page, url: string, editorPage: EditorPage): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__editorModelText === 'function');
  await page.click(editorPage.editorSelector);
}

/** The person's send gesture for this page. */
export async function pressSend(page: Page, editorPage: EditorPage): Promise<void> {
  if (editorPage.sendBy === 'enter') {
    await page.keyboard.press('Enter');
  } else if (editorPage.sendBy === 'mod-enter') {
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
  } else {
    await page.click('#send');
  }
}

export const sentMessages = (page: Page) => page.evaluate(() => [...window.__sent]);
export const editorModelText = (page: Page) => page.evaluate(() => window.__editorModelText());

/** Where the keyboard is, as the page can tell. */
export type FocusPlace = 'editor' | 'closed layer outside the page' | 'elsewhere in the page';

export function focusPlace(page: Page, editorPage: EditorPage): Promise<FocusPlace> {
  return page.evaluate((selector): FocusPlace => {
    const editor = document.querySelector(selector);
    const focused = document.activeElement;
    if (editor && focused && (focused === editor || editor.contains(focused))) return 'editor';
    // A closed shadow root shows the page only its host, with no shadowRoot to read, and ours
    // sits outside the page's body.
    if (focused && focused !== document.body && !document.body.contains(focused) && focused.shadowRoot === null) {
      return 'closed layer outside the page';
    }
    return 'elsewhere in the page';
  }, editorPage.editorSelector);
}
