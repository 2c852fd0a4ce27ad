// A page cannot learn our extension id from anything we post or dispatch, and cannot switch
// protection off by forging the "a newer copy of the content script started" announcement that
// WXT's content-script wrapper used to listen for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../caution-harness';
import { waitUntil } from '../support/wait-until';

// A chat box whose Enter sends. The page records every message posted to it.
const PAGES: Record<string, string> = {
  '/chat': `<!doctype html><script>
    window.sent = [];
    window.heard = window.heard || [];
    window.addEventListener('message', (event) => window.heard.push('message ' + JSON.stringify(event.data)), true);
  </script>
  <textarea id="box" enterkeyhint="send"></textarea><script>
    document.getElementById('box').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault(); window.sent.push(event.target.value); event.target.value = '';
    });
    // What WXT's wrapper announced to every frame, and stopped on when it heard it back.
    window.forgeNewerCopy = (extensionId) => {
      const type = extensionId + ':content:wxt:content-script-started';
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    };
  </script>`,
};

let harness: Harness;
let extensionId: string;
beforeAll(async () => {
  harness = await startHarness(PAGES, ['Globex']);
  extensionId = new URL(harness.context.serviceWorkers()[0]!.url()).host;
});
afterAll(() => harness?.close());

interface ChatPage {
  sent: string[];
  heard: string[];
  forgeNewerCopy(extensionId: string): void;
}

describe('a page that listens for our extension id, then forges our lifetime events', () => {
  it('hears no message or event naming our id, and finds it in no attribute', async () => {
    const page = await harness.context.newPage();
    // Listening from the very start, for the event type it would need our id to name (given here).
    await page.addInitScript((id) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const target of [window, document]) {
        target.addEventListener(`${id}:content:wxt:content-script-started`, (event) => heard.push(`event ${event.type}`), true);
      }
    }, extensionId);
    await page.goto(`${harness.origin}/chat`);
    await page.click('#box');
    await page.keyboard.type('Globex renewal');
    // A posted message arrives in a later task: one round trip through the page lets it land.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    const heard = await page.evaluate(() => (window as unknown as ChatPage).heard);
    expect(heard.filter((entry) => entry.includes(extensionId) || entry.includes('wxt'))).toEqual([]);
    const attributes = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value)).join(' '),
    );
    expect(attributes).not.toContain(extensionId);
    await page.close();
  });

  it('still asks before a prospect-naming send after the page forged the announcement', async () => {
    const { page, ui } = await harness.open('/chat');
    await page.evaluate((id) => (window as unknown as ChatPage).forgeNewerCopy(id), extensionId);
    await page.click('#box');
    await page.keyboard.type('Globex renewal');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution');
    await page.evaluate((id) => (window as unknown as ChatPage).forgeNewerCopy(id), extensionId);
    await page.keyboard.press('Enter');
    expect(await waitUntil(ui.dialog, 'the question before sending')).toContain('Globex');
    expect(await page.evaluate(() => (window as unknown as ChatPage).sent)).toEqual([]);
  });
});
