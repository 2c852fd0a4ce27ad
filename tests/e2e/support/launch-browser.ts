// Starts Chromium with a fresh profile, with or without the built extension, in a pinned UI
// language so the machine's locale cannot change what the tests read.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium-path';
import { CHROME_BUILD_DIR } from './project-paths';

export type UiLanguage = 'en' | 'fr';

export interface LaunchOptions {
  /** Load the built extension (default true). False gives the same browser without it, for comparisons. */
  withExtension?: boolean;
  /** Browser UI language; French needs Debian's `chromium-l10n`. Default English. */
  language?: UiLanguage;
  /** Default true; `npm start` opens a window. */
  headless?: boolean;
  /** Defaults to `.output/chrome-mv3`. */
  extensionDir?: string;
  /** The colour scheme pages see (prefers-color-scheme). Default light. */
  colorScheme?: 'light' | 'dark';
  /** More command-line switches (the real-host tests map every host name to a local server). */
  extraArgs?: string[];
  /**
   * An empty folder to hold the profile (the full-disk test gives one on a small file system);
   * default a fresh temporary folder. Either way close() empties it.
   */
  profileDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (host of its chrome-extension:// URLs); null without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** The fresh profile folder (deleted by close()): where the browser keeps the extension's storage. */
  profileDir: string;
  close(): Promise<void>;
}

// Without the network switches Chromium keeps dialling hosts this machine refuses.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

const LANGUAGE_ENV: Record<UiLanguage, { LANGUAGE: string; LANG: string; locale: string }> = {
  en: { LANGUAGE: 'en_US:en', LANG: 'en_US.UTF-8', locale: 'en-US' },
  fr: { LANGUAGE: 'fr_FR:fr', LANG: 'fr_FR.UTF-8', locale: 'fr-FR' },
};

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const {
    withExtension = true,
    language = 'en',
    headless = true,
    extensionDir = CHROME_BUILD_DIR,
    colorScheme = 'light',
    extraArgs = [],
  } = options;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'prospect-guard-profile-')));
  // A given folder may be a mount point: its contents go, never the folder itself.
  const removeProfile = () => (ownProfile ? rm(profileDir, { recursive: true, force: true }) : emptyFolder(profileDir));
  const extensionFlags = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const { LANGUAGE, LANG, locale } = LANGUAGE_ENV[language];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless,
      locale,
      colorScheme,
      env: { ...process.env, LANGUAGE, LANG },
      args: [...QUIET_FLAGS, `--lang=${locale}`, ...extensionFlags, ...extraArgs],
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }

  // Fail a missing element in 10 s, well inside the test timeout, rather than Playwright's 30 s.
  context.setDefaultTimeout(10_000);

  let serviceWorker: Worker | null = null;
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;

  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async close() {
      await context.close();
      await removeProfile();
    },
  };
}

async function emptyFolder(dir: string): Promise<void> {
  for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
}
