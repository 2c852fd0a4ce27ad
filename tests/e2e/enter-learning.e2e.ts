// Issue 10, items 1 and 5, on pages built to sit where the editor's shape alone is wrong or unsure:
// what the page does with the person's clean messages settles what Enter does, and an editor that
// could be either is asked about once, with the reason, and "Press Enter to send" after "Send anyway".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './caution-harness';
import { waitUntil } from './support/wait-until';

const RECORDER = '<script>window.sent = [];</script>';
/** Sends the box's text on plain Enter, as chat apps do, and empties it. */
const ENTER_SENDS = (id: string) => `<script>
  const box = document.getElementById('${id}');
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    const text = box.value.trim();
    if (text) { window.sent.push(text); box.value = ''; }
  });
</script>`;

const PAGES: Record<string, string> = {
  // A compact composer with a Send button where the person chose "Enter adds a new line" (LinkedIn's
  // "Click Send", Slack's preference): only the Send button sends. Shaped like a chat box.
  '/compact-new-line': `<!doctype html>${RECORDER}<div style="width:500px">
    <div id="box" contenteditable="true" style="min-height:22px;border:1px solid #999;padding:4px"></div>
    <button id="send" aria-label="Send">➤</button></div><script>
    const box = document.getElementById('box');
    document.getElementById('send').addEventListener('click', () => { window.sent.push(box.innerText.trim()); box.textContent = ''; });
  </script>`,
  // A chat whose box is tall and says nothing about itself: its shape reads as a notes area.
  '/tall-chat': `<!doctype html>${RECORDER}<textarea id="box" rows="7" style="font:16px/1.4 sans-serif;width:400px"></textarea>${ENTER_SENDS('box')}`,
  // A four-line box labelled "Message", no Send button: a chat or a note, the shape cannot tell.
  '/unsure': `<!doctype html>${RECORDER}<textarea id="box" rows="4" aria-label="Message" style="font:16px/1.4 sans-serif;width:400px"></textarea>${ENTER_SENDS('box')}`,
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(PAGES, ['Acme Robotics']);
});
afterAll(() => harness?.close());

const sent = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

describe('what Enter does, learnt from the person’s clean messages', () => {
  it('asks on a compact composer with a Send button before the page has shown what Enter does', async () => {
    const { page, ui } = await harness.open('/compact-new-line');
    await page.click('#box');
    await page.keyboard.type('Acme Robotics wants a demo');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await ui.dialog()).includes('Acme Robotics'), 'the question');
    await page.close();
  });

  it('lets Enter add a line there once a clean Enter was seen adding one', async () => {
    const { page, ui } = await harness.open('/compact-new-line');
    await page.click('#box');
    await page.keyboard.type('Hello team,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Acme Robotics wants a demo');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.keyboard.press('Enter');
    await page.keyboard.type('next week');
    expect(await ui.dialog()).toBe('');
    expect(await page.locator('#box').evaluate((box) => [...box.childNodes].map((node) => node.textContent).filter(Boolean))).toEqual([
      'Hello team,',
      'Acme Robotics wants a demo',
      'next week',
    ]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('stops Enter in a tall box once a clean Enter was seen sending from it', async () => {
    const { page, ui } = await harness.open('/tall-chat');
    await page.click('#box');
    await page.keyboard.type('Morning all');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual(['Morning all']);
    await page.keyboard.type('Acme Robotics wants a demo');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await ui.dialog()).includes('Acme Robotics'), 'the question');
    expect(await sent(page)).toEqual(['Morning all']);
    await page.close();
  });
});

describe('an editor the shape cannot tell', () => {
  it('asks, says why, then shows "Press Enter to send" until the person does; the message leaves once', async () => {
    const { page, ui } = await harness.open('/unsure');
    await page.click('#box');
    await page.keyboard.type('Acme Robotics wants a demo');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await ui.dialog()).includes('has not shown yet whether Enter sends here'), 'the question saying why');
    await ui.click('Send anyway');
    await waitUntil(async () => (await ui.caution()).includes('Press Enter to send'), 'the line saying how to send');
    expect(await sent(page)).toEqual([]);
    await page.click('#box');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual(['Acme Robotics wants a demo']);
    await waitUntil(async () => !(await ui.caution()).includes('Press Enter to send'), 'the line to go');
    // Learnt: the next message naming the prospect is asked about without the "not shown yet" reason.
    await page.keyboard.type('Acme Robotics again');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await ui.dialog()).includes('Acme Robotics'), 'the question');
    expect(await ui.dialog()).not.toContain('has not shown yet');
    expect(await sent(page)).toEqual(['Acme Robotics wants a demo']);
    await page.close();
  });
});
