// Opens the first-run page once, right after the extension is installed (not on updates).
import { browser } from 'wxt/browser';

export const ONBOARDING_PATH = '/onboarding.html';

/** Call once, synchronously, at the top of the background's main(). */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
  });
}
