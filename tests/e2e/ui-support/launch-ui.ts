// Launches headless Chromium with the BUILT extension (.output/chrome-mv3) in a fresh profile,
// in English or French, and opens the extension's own pages (popup, settings, onboarding).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export type UiLocale = 'en' | 'fr';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page ("popup.html", "options.html", "onboarding.html") in a new tab. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// LANGUAGE picks Chromium's UI language, and with it the extension's locale (needs chromium-l10n).
const LANGUAGE_ENV: Record<UiLocale, string> = { en: 'en_US:en', fr: 'fr' };

export function extensionDir(): string {
  const dir = resolve(process.cwd(), '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npx wxt build" before the end-to-end tests.`);
  }
  return dir;
}

export async function launchExtension(
  options: { locale?: UiLocale; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  const locale = options.locale ?? 'en';
  const dir = extensionDir();
  const profile = mkdtempSync(join(tmpdir(), 'pg-ui-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    env: { ...process.env, LANGUAGE: LANGUAGE_ENV[locale], LANG: locale === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

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
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension pages the install hook opened by itself (onboarding), if any. */
export function pagesAt(session: ExtensionSession, path: string): Page[] {
  return session.context.pages().filter((page) => page.url().startsWith(`chrome-extension://${session.extensionId}/${path}`));
}
