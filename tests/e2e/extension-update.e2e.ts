// An open tab across the extension's own life: disabled, enabled again, reloaded (as an update
// does). The copy left behind by the old extension must let the page work exactly as without us;
// the new extension must guard the tab again without the tab being reloaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { startHarness, type Harness } from './caution-harness';
import { closedShadowHosts } from './support/closed-shadow-hosts';
import { waitUntil } from './support/wait-until';

const PAGES: Record<string, string> = {
  // A chat box whose Enter sends, recording each message the page sends.
  '/chat': `<!doctype html><script>window.sent = [];</script>
    <textarea id="box" enterkeyhint="send"></textarea><script>
    document.getElementById('box').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault(); window.sent.push(event.target.value); event.target.value = '';
    });
  </script>`,
};

let harness: Harness;
let extensionId: string;

beforeAll(async () => {
  harness = await startHarness(PAGES, ['Globex']);
  extensionId = new URL(harness.context.serviceWorkers()[0]!.url()).host;
});
afterAll(() => harness?.close());

/** The few extension APIs the tests call from the service worker. */
interface WorkerChrome {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(injection: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]> };
}

const sentIn = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

/** What chrome://extensions does with its switch and its reload arrow (developer mode on, as for an unpacked build). */
async function fromExtensionsPage(action: 'disable' | 'enable' | 'reload'): Promise<void> {
  const extensionsPage = await harness.context.newPage();
  await extensionsPage.goto('chrome://extensions');
  await extensionsPage.evaluate(
    ({ id, action }) => {
      interface ExtensionsPageChrome {
        developerPrivate: { updateProfileConfiguration(update: object): Promise<void>; reload(id: string, options: object): Promise<void> };
        management: { setEnabled(id: string, enabled: boolean): Promise<void> };
      }
      const { developerPrivate, management } = (globalThis as unknown as { chrome: ExtensionsPageChrome }).chrome;
      // Without developer mode, Chromium disables a reloaded unpacked extension.
      return developerPrivate
        .updateProfileConfiguration({ inDeveloperMode: true })
        .then(() =>
          action === 'reload' ? developerPrivate.reload(id, { failQuietly: false }) : management.setEnabled(id, action === 'enable'),
        );
    },
    { id: extensionId, action },
  );
  await extensionsPage.close();
}

async function currentServiceWorker(): Promise<Worker> {
  return waitUntil(
    async () => harness.context.serviceWorkers().findLast((worker) => worker.url().includes(extensionId)),
    "the extension's service worker",
  );
}

/** Whether a live copy of our content script runs in the page's top frame, asked from that copy's own world. */
async function liveCopyIn(page: Page): Promise<boolean> {
  const worker = await currentServiceWorker();
  const url = page.url();
  return worker.evaluate(async (pageUrl) => {
    const { tabs, scripting } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = (await tabs.query({})).filter((candidate) => candidate.url === pageUrl);
    const [result] = await scripting.executeScript({
      target: { tabId: tab!.id! },
      func: () =>
        (globalThis as Record<symbol, { alive(): boolean } | undefined>)[Symbol.for('prospect-guard.frame-claim')]?.alive() ?? false,
    });
    return result?.result === true;
  }, url);
}

describe('an open tab when the extension is switched off, then on again', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await harness.open('/chat'));
  });

  it('sends a prospect-naming message at once once the extension is off, and keeps none of our UI in the page', async () => {
    await page.click('#box');
    await page.keyboard.type('Globex renewal');
    await waitUntil(async () => (await closedShadowHosts(page)).length === 1, 'our layer in the page');

    await fromExtensionsPage('disable');
    await page.bringToFront();
    await page.click('#box');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex renewal']);
    expect(await closedShadowHosts(page)).toEqual([]);

    await page.keyboard.type('Globex again');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex renewal', 'Globex again']);
  });

  it('guards the same tab again, without a reload, once the extension is back on', async () => {
    await fromExtensionsPage('enable');
    await waitUntil(() => liveCopyIn(page), 'the new content script in the open tab');
    await page.bringToFront();
    await page.click('#box');
    await page.keyboard.type('Globex third');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex renewal', 'Globex again']);
    expect(await closedShadowHosts(page)).toHaveLength(1);
  });
});

describe('an open tab when the extension reloads (as after an update)', () => {
  it('has the old copy stand down and the new one ask before the send, once', async () => {
    const { page, ui } = await harness.open('/chat');
    await page.click('#box');
    await page.keyboard.type('Globex call');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution');

    await fromExtensionsPage('reload');
    await waitUntil(() => liveCopyIn(page), 'the new content script in the open tab');

    await page.bringToFront();
    await page.click('#box');
    await page.keyboard.press('End');
    await page.keyboard.type(' today');
    await page.keyboard.press('Enter');
    expect(await waitUntil(ui.dialog, 'the dialog of the new copy')).toContain('Globex');
    expect(await sentIn(page)).toEqual([]);
    expect(await closedShadowHosts(page)).toHaveLength(1);
    await ui.click('Send anyway');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex call today']);
  });
});
