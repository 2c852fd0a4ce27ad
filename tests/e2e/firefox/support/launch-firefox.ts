// Starts Debian's Firefox ESR with a fresh profile and installs the built Firefox add-on as a
// temporary add-on, over WebDriver BiDi (puppeteer-core; Playwright cannot drive a stock Firefox).
// One launch serves a whole test file: a launch and install take about 5 s.
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_BUILD_DIR } from '../../support/project-paths';

/** The add-on's id, as wxt.config.ts writes it into browser_specific_settings.gecko. */
export const GECKO_ID = 'prospect-guard@prospect-guard.example';
// Firefox draws a random moz-extension:// origin per profile; the uuids pref fixes it, so the
// tests can open the add-on's own pages.
const EXTENSION_UUID = '3f6d1c52-7b9e-4a08-9d1e-5c2b8f0a6e47';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Debian's Firefox ESR by default; FIREFOX_PATH points elsewhere (another Firefox build). */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

function runsInCi(): boolean {
  const ci = process.env.CI;
  return Boolean(ci) && ci !== 'false' && ci !== '0';
}

/**
 * Why the Firefox suite cannot run on this machine, or null when it runs. Only a developer's
 * machine without Firefox skips: in CI (CI=true) the suite runs and its launch fails loudly.
 */
export function firefoxSkipReason(): string | null {
  if (existsSync(firefoxPath()) || runsInCi()) return null;
  return `no Firefox at ${firefoxPath()} (install it with "apt-get install -y firefox-esr", or set FIREFOX_PATH); CI never skips this suite`;
}

export interface LaunchedFirefox {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `No Firefox at ${firefoxPath()}: CI runs the Firefox suite, so install it ("apt-get install -y firefox-esr"; .ci/run does).`,
    );
  }
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox tests install the built add-on, and ${FIREFOX_BUILD_DIR} has none: run "npm run build" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets BiDi open the add-on's own pages (moz-extension://), where the watchlist is imported.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The add-on's words follow the browser's language: pin it so the machine's cannot change them.
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD_DIR);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused to install ${FIREFOX_BUILD_DIR} as a temporary add-on: ${(error as Error).message}`);
  }
  return { browser, close: () => browser.close() };
}
