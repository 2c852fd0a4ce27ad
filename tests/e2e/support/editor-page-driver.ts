// Drives an editor test page the way a person does (real key presses and clicks) and reads back
// what the page itself recorded (window.__sent, __editorModelText, __editorHtml).
import type { Page } from 'playwright-core';
import type { EditorPage } from './editor-pages';

export interface PageHooks {
  __sent: string[];
  __editorModelText(): string;
  __editorHtml(): string;
}
// Functions below run inside the page (serialised by Playwright): they name `window` directly.
declare const window: PageHooks;

export async function openEditorPage(page: Page, baseUrl: string, editorPage: EditorPage): Promise<void> {
  await page.goto(new URL(editorPage.file, baseUrl).href);
  await page.waitForFunction(() => typeof window.__editorModelText === 'function');
  await page.click(editorPage.editorSelector);
}

/** Types text with real key events; "\n" is typed as Shift+Enter (a new line, never a send). */
export async function typeMessage(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
}

/** The person's send gesture for this page. */
export async function pressSend(page: Page, editorPage: EditorPage): Promise<void> {
  if (editorPage.sendBy === 'enter') await page.keyboard.press('Enter');
  else if (editorPage.sendBy === 'mod-enter') await page.keyboard.press('Control+Enter');
  else await page.click('#send');
}

export const sentMessages = (page: Page) => page.evaluate(() => [...window.__sent]);
export const editorModelText = (page: Page) => page.evaluate(() => window.__editorModelText());
export const editorHtml = (page: Page) => page.evaluate(() => window.__editorHtml());

export async function waitForSentCount(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((expected) => window.__sent.length >= expected, count, { timeout: 10_000 });
  return sentMessages(page);
}

/** What the editor holds: its model text and its DOM. */
export async function editorSnapshot(page: Page): Promise<{ modelText: string; html: string }> {
  return { modelText: await editorModelText(page), html: await editorHtml(page) };
}
