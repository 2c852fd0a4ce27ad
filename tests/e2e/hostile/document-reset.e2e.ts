// Pages that throw their document away under us: one rebuilds <html> on every keystroke, one
// rewrites itself with document.open() (which erases every event listener, ours included) and sets
// up its own capture listeners afterwards. With a 50,000-entry list, protection must hold through
// each reset with no unguarded moment, and the new editor and our layer must be picked up again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../caution-harness';
import { importWatchlistText, watchlistFile, type SeedEntry } from '../support/seed-watchlist';
import { closedShadowHosts } from '../support/closed-shadow-hosts';
import { waitUntil } from '../support/wait-until';

const CHAT_MARKUP = '<textarea id="box" enterkeyhint="send"></textarea>';
const ENTER_SENDS = `(event) => {
  if (event.key !== 'Enter' || event.shiftKey || event.target.id !== 'box') return;
  event.preventDefault(); window.sent.push(event.target.value); event.target.value = '';
}`;

const PAGES: Record<string, string> = {
  // Every keystroke renders a whole new <html> with a new editor holding the text, focused.
  '/rebuilds-html': `<!doctype html><html><body>${CHAT_MARKUP}</body></html><script>
    window.sent = [];
    document.addEventListener('keydown', ${ENTER_SENDS});
    document.addEventListener('input', (event) => {
      const text = event.target.value;
      const html = document.createElement('html');
      html.innerHTML = '<head></head><body>${CHAT_MARKUP}</body>';
      document.documentElement.replaceWith(html);
      const box = document.getElementById('box');
      box.value = text;
      box.focus();
      box.setSelectionRange(text.length, text.length);
    });
  </script>`,
  // Rewrites itself once loaded, then (in a later task, as an app starting up) listens for Enter
  // in the capture phase on window.
  '/document-open': `<!doctype html>${CHAT_MARKUP}<script>
    window.sent = [];
    window.rewrite = () => {
      document.open();
      document.write('<!doctype html><body>${CHAT_MARKUP}</body>');
      document.close();
      return new Promise((done) => setTimeout(() => {
        window.addEventListener('keydown', ${ENTER_SENDS}, true);
        done();
      }, 0));
    };
  </script>`,
};

const LARGE_LIST: SeedEntry[] = [
  { name: 'Globex Industries', aliases: ['Globex'], status: 'open' },
  ...Array.from({ length: 49_999 }, (_, index) => ({ name: `Prospect Company ${index}`, status: 'open' as const })),
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(PAGES, []);
  const extensionId = new URL(harness.context.serviceWorkers()[0]!.url()).host;
  await importWatchlistText(harness.context, extensionId, watchlistFile(LARGE_LIST));
});
afterAll(() => harness?.close());

/** Focuses the page's editor and waits for our layer: it appears once the page's protection has arrived. */
async function focusOnceProtected(page: Page): Promise<void> {
  await page.click('#box');
  await waitUntil(async () => (await closedShadowHosts(page)).length === 1, 'protection of the page (our layer)', 30_000);
}

const sentIn = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

describe('a page that rebuilds <html> on every keystroke (50,000 entries)', () => {
  it('shows the caution by each rebuilt editor, and stops a send right after the last rebuild', async () => {
    const { page, ui } = await harness.open('/rebuilds-html');
    await focusOnceProtected(page);
    await page.keyboard.type('Hi Globex');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution by the rebuilt editor');
    // Each key below rebuilds <html>; Enter comes right after the last rebuild.
    await page.keyboard.type(' and team');
    await page.keyboard.press('Enter');
    expect(await waitUntil(ui.dialog, 'the question before sending')).toContain('Globex');
    expect(await sentIn(page)).toEqual([]);
    expect(await closedShadowHosts(page)).toHaveLength(1);
  });
});

describe('a page that rewrites itself with document.open() (50,000 entries)', () => {
  it('guards the rewritten editor, ahead of the capture listeners the page adds afterwards', async () => {
    const { page, ui } = await harness.open('/document-open');
    await focusOnceProtected(page);
    await page.evaluate(() => (window as unknown as { rewrite(): Promise<void> }).rewrite());
    await page.click('#box');
    await page.keyboard.type('Hi Globex');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution by the rewritten editor');
    await page.keyboard.press('Enter');
    expect(await waitUntil(ui.dialog, 'the question before sending')).toContain('Globex');
    expect(await sentIn(page)).toEqual([]);
  });
});
