// Opens the extension's own pages in a tab, as a person would from the toolbar or the menu.
import type { BrowserContext, Page } from 'playwright-core';

export async function openExtensionPage(context: BrowserContext, extensionId: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return page;
}

export const openPopup = (context: BrowserContext, extensionId: string) => openExtensionPage(context, extensionId, 'popup.html');

export const openOptions = (context: BrowserContext, extensionId: string) => openExtensionPage(context, extensionId, 'options.html');

/** Sends `message` to the background from one of the extension's pages, as its scripts do. */
export function askBackground(page: Page, message: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    (request) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(request),
    message,
  );
}
