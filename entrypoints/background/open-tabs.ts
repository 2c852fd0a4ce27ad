// After an install, update, reload or re-enable, tabs already open hold no live content script of
// ours (an old copy stands down by itself), and the browser adds none until they reload. Chrome
// and Edge let us inject it; Firefox injects declared content scripts into open tabs on its own.
// storage.session is emptied by each of those events, so its marker makes this once per extension
// run rather than at every service-worker start.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

const INJECTED_MARKER = 'contentScriptInOpenTabs';

export async function injectContentScriptIntoOpenTabs(): Promise<void> {
  const { scripting } = browser;
  const session = browser.storage.session;
  if (!scripting || !session) return;
  if ((await session.get(INJECTED_MARKER))[INJECTED_MARKER]) return;
  await session.set({ [INJECTED_MARKER]: true });
  // The files the manifest lists, as the build named them.
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.js ?? []) as ScriptPublicPath[];
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(({ id }) =>
      id === undefined
        ? undefined
        : // Pages the browser keeps from extensions (its own settings, the web store) refuse: fine.
          scripting.executeScript({ target: { tabId: id, allFrames: true }, files }).catch(() => undefined),
    ),
  );
}
