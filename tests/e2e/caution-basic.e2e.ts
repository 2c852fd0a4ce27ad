// The content script in a real Chromium with the built extension: the caution appears on a
// prospect name in a textarea and a contenteditable, the send waits for the person's choice and
// then goes out exactly once, clean messages and Shift+Enter are untouched, and the page's DOM
// and text are what they would be without the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type CautionUiReader, type Harness } from './caution-harness';
import { waitUntil } from './support/wait-until';

// A page with both kinds of editor, each sending its own way, recording every send it performs.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editors</title></head><body>
<form id="mail"><textarea id="area" name="body" rows="4" cols="50"></textarea><button id="send-mail">Send</button></form>
<div id="chat"><div id="rich" contenteditable="true" enterkeyhint="send" style="min-height:40px;border:1px solid #999"></div>
<button id="send-chat" type="button">Send</button></div>
<script>
  window.sent = [];
  document.getElementById('mail').addEventListener('submit', (event) => {
    event.preventDefault();
    const area = document.getElementById('area');
    window.sent.push('mail:' + area.value);
    area.value = '';
  });
  const rich = document.getElementById('rich');
  const sendChat = () => { window.sent.push('chat:' + rich.innerText.trim()); rich.textContent = ''; };
  rich.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); sendChat(); }
  });
  document.getElementById('send-chat').addEventListener('click', sendChat);
</script></body></html>`;

let harness: Harness;
let page: Page;
let ui: CautionUiReader;
const sent = () => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

beforeAll(async () => {
  harness = await startHarness({ '/': PAGE }, ['Acme Robotics']);
  ({ page, ui } = await harness.open('/'));
});

afterAll(async () => {
  await harness?.close();
});

describe('caution and confirmation in a textarea', () => {
  it('shows the name as typed, leaves the value alone, and holds the send until "Send anyway"', async () => {
    await page.click('#area');
    await page.keyboard.type('Lunch with ACME robotics on Friday');
    const caution = await waitUntil(async () => (await ui.caution()).includes('ACME robotics') && ui.caution(), 'the caution');
    expect(caution).toContain('open prospect');
    expect(await page.inputValue('#area')).toBe('Lunch with ACME robotics on Friday');

    await page.click('#send-mail');
    const dialog = await waitUntil(ui.dialog, 'the confirmation dialog');
    expect(dialog).toContain('ACME robotics');
    expect(await ui.focusedRole()).toBe('alertdialog');
    expect(await sent()).toEqual([]);

    // A second click on Send while the dialog is open is swallowed, not queued.
    await page.evaluate(() => document.getElementById('send-mail')!.click());
    expect(await ui.dialog()).toContain('ACME robotics');
    expect(await sent()).toEqual([]);

    await ui.click('Send anyway');
    await waitUntil(async () => (await sent()).length > 0, 'the send');
    expect(await sent()).toEqual(['mail:Lunch with ACME robotics on Friday']);
    await waitUntil(async () => (await ui.caution()) === '', 'the caution to go with the emptied field');
  });

  it('sends a clean message at once, with no dialog', async () => {
    await page.click('#area');
    await page.keyboard.type('Lunch on Friday');
    await page.click('#send-mail');
    expect(await sent()).toEqual(['mail:Lunch with ACME robotics on Friday', 'mail:Lunch on Friday']);
    expect(await ui.dialog()).toBe('');
  });
});

describe('caution and confirmation in a contenteditable', () => {
  it('stops Enter, then replays the send exactly once after "Send anyway"', async () => {
    await page.evaluate(() => ((window as unknown as { sent: string[] }).sent = []));
    await page.click('#rich');
    await page.keyboard.type('Call Acme Robotics');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('today');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    const html = await page.innerHTML('#rich');
    expect(html).not.toMatch(/mark|span|style|x-/);

    await page.keyboard.press('Enter');
    await waitUntil(ui.dialog, 'the confirmation dialog');
    expect(await sent()).toEqual([]);
    expect(await page.innerHTML('#rich')).toBe(html);

    await ui.click('Send anyway');
    await waitUntil(async () => (await sent()).length > 0, 'the replayed send');
    expect(await sent()).toEqual(['chat:Call Acme Robotics\ntoday']);
  });

  it('returns to the editor on "Review" (Escape) and sends nothing', async () => {
    await page.click('#rich');
    await page.keyboard.type('Acme Robotics again');
    await waitUntil(async () => (await ui.caution()) !== '', 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(ui.dialog, 'the confirmation dialog');
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await ui.dialog()) === '', 'the dialog to close');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rich');
    expect(await sent()).toEqual(['chat:Call Acme Robotics\ntoday']);
    await page.keyboard.type('!');
    expect(await page.innerText('#rich')).toBe('Acme Robotics again!');
  });

  it('logs what was decided at each send, with names as in the list and never the message text', async () => {
    const log = await harness.background<{ site: string; entryNames: string[]; choice: string }[]>({ type: 'activity:list' });
    expect(log.map(({ site, entryNames, choice }) => ({ site, entryNames, choice }))).toEqual([
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'shown' },
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'sent-anyway' },
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'shown' },
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'sent-anyway' },
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'shown' },
      { site: '127.0.0.1', entryNames: ['Acme Robotics'], choice: 'reviewed' },
    ]);
    expect(JSON.stringify(log)).not.toMatch(/Lunch|Friday|Call|today|again/);
  });

  it('lets Shift+Enter and a clean Enter through untouched', async () => {
    await page.evaluate(() => {
      (window as unknown as { sent: string[] }).sent = [];
      document.getElementById('rich')!.textContent = '';
    });
    await page.click('#rich');
    await page.keyboard.type('Hello');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('there');
    await page.keyboard.press('Enter');
    expect(await sent()).toEqual(['chat:Hello\nthere']);
  });
});
