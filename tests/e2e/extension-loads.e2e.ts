// The built extension loads in Chromium: its service worker starts, its pages render, and it asks
// for no more than the permissions it needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser, type UiLanguage } from './support/launch-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openOptions, openPopup } from './support/extension-pages';
import { PROJECT_ROOT } from './support/project-paths';

// Every permission the extension may hold, and the feature that needs it. Anything else fails.
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'the watchlist, settings and activity log, kept on this machine',
  unlimitedStorage: 'a long watchlist is never refused for quota, and the browser does not evict it under disk pressure',
  alarms: 'the daily recompile that stops guarding entries past their "guard until" date',
  contextMenus: '"Add to prospect watchlist" on selected text',
  activeTab: 'the popup reads the address of the tab it was opened over, for its per-site switch',
  scripting: 'after an install, update or re-enable, the content script is put into tabs already open',
};

// Host permissions may reach no further than the content script already does: Chrome lets
// `scripting` inject only where the extension holds them.
const CONTENT_SCRIPT_REACH = ['<all_urls>'];

// Host permissions the extension may ask for later, one origin at a time, and why.
const ALLOWED_OPTIONAL_HOST_PERMISSIONS: Record<string, string> = {
  'https://*/*': 'a team list subscription: asked for that one origin when the person subscribes in settings',
  'http://*/*': 'the same for a list server without TLS (the list is signed, so it cannot be altered on the way)',
};

// The extension id every build has, from the manifest's fixed key: what enterprise policies name.
const FIXED_EXTENSION_ID = 'bdcmljjgkihkelnjnbdkgopciaompeoe';

interface LoadedManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  optional_host_permissions?: string[];
  key?: string;
  storage?: { managed_schema?: string };
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

let browser: LaunchedBrowser;
let extensionId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  extensionId = browser.extensionId!;
});
afterAll(() => browser?.close());

async function loadedManifest(): Promise<LoadedManifest> {
  const page = await openPopup(browser.context, extensionId);
  try {
    return await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): LoadedManifest } } }).chrome.runtime.getManifest(),
    );
  } finally {
    await page.close();
  }
}

/** Opens an extension page and collects uncaught errors and console errors while it renders. */
async function renderWithoutErrors(open: () => Promise<Page>): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  browser.context.on('weberror', (error) => errors.push(error.error().message));
  const page = await open();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
  return { page, errors };
}

describe('the built extension in Chromium', () => {
  it('starts its background service worker and gets an extension id', () => {
    expect(browser.serviceWorker?.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each([
    { page: 'popup.html', open: () => openPopup(browser.context, extensionId) },
    { page: 'options.html', open: () => openOptions(browser.context, extensionId) },
  ])('renders $page with no errors', async ({ open }) => {
    const { page, errors } = await renderWithoutErrors(open);
    expect(await page.title()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks only for permissions it needs, and host permissions only where its content script runs', async () => {
    const manifest = await loadedManifest();
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toContain('storage');
    const unexplained = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
      (permission) => !(permission in ALLOWED_PERMISSIONS),
    );
    expect(unexplained).toEqual([]);
    const contentScriptMatches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(contentScriptMatches).toEqual(CONTENT_SCRIPT_REACH);
    expect(manifest.host_permissions ?? []).toEqual(CONTENT_SCRIPT_REACH);
    const unexplainedHosts = (manifest.optional_host_permissions ?? []).filter(
      (pattern) => !(pattern in ALLOWED_OPTIONAL_HOST_PERMISSIONS),
    );
    expect(unexplainedHosts).toEqual([]);
  });

  it('has the fixed id its manifest key gives, the same for every build and folder', async () => {
    const manifest = await loadedManifest();
    expect(manifest.key).toBeDefined();
    expect(extensionId).toBe(FIXED_EXTENSION_ID);
  });

  it('describes its managed storage (the organisation’s policy) with public/schema.json', async () => {
    const manifest = await loadedManifest();
    // Without a schema Chrome hands the extension no policy at all.
    expect(manifest.storage?.managed_schema).toBe('schema.json');
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'public', 'schema.json'), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(['allowPersonalLists', 'lockSettings', 'quietSites', 'salesTeam', 'teamLists']);
  });

  it('asks for unlimitedStorage: a long list is never refused for quota nor evicted under disk pressure', async () => {
    // Chromium answers persist() with false for extension pages; unlimitedStorage is what exempts
    // the extension's IndexedDB from quota and eviction there.
    expect((await loadedManifest()).permissions).toContain('unlimitedStorage');
  });

  it('lets no web page message it and loads no remote code', async () => {
    const manifest = await loadedManifest();
    expect(manifest.externally_connectable).toBeUndefined();
    // MV3's default policy forbids remote scripts; a custom one must not loosen it.
    expect(manifest.content_security_policy?.extension_pages ?? '').not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

/** The extension's description as written in public/_locales/<language>/messages.json. */
function writtenDescription(language: UiLanguage): string {
  const messages = JSON.parse(readFileSync(join(PROJECT_ROOT, 'public', '_locales', language, 'messages.json'), 'utf8'));
  return messages.extDescription.message;
}

describe.each<{ language: UiLanguage }>([{ language: 'en' }, { language: 'fr' }])(
  'the extension in a browser set to "$language"',
  ({ language }) => {
    it("speaks that language (French needs Debian's chromium-l10n)", async () => {
      const localized = await launchBrowser({ language });
      try {
        const page = await openPopup(localized.context, localized.extensionId!);
        const seen = await page.evaluate(() => {
          const { i18n } = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } } })
            .chrome;
          return { uiLanguage: i18n.getUILanguage(), description: i18n.getMessage('extDescription') };
        });
        expect(seen.uiLanguage.slice(0, 2)).toBe(language);
        expect(seen.description).toBe(writtenDescription(language));
      } finally {
        await localized.close();
      }
    });
  },
);
