// Launches headless Chromium with the BUILT extension (.output/chrome-mv3) in a fresh profile,
// in English or French, and opens the extension's own pages (popup, settings, onboarding).
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type UiLanguage } from '../support/launch-browser';

export type UiLocale = UiLanguage;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page ("popup.html", "options.html", "onboarding.html") in a new tab. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { locale?: UiLocale; colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionSession> {
  const browser = await launchBrowser({ language: options.locale ?? 'en', colorScheme: options.colorScheme ?? 'light' });
  const { context } = browser;
  const extensionId = browser.extensionId!;

  return {
    context,
    extensionId,
    async openPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      // Keyboard tests need the page to hold the focus even when an earlier page is still open.
      await page.bringToFront();
      return page;
    },
    close: browser.close,
  };
}

/** The extension pages the install hook opened by itself (onboarding), if any. */
export function pagesAt(session: ExtensionSession, path: string): Page[] {
  return session.context.pages().filter((page) => page.url().startsWith(`chrome-extension://${session.extensionId}/${path}`));
}
