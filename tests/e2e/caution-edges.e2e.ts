// The caution where editors hide (open shadow roots, iframes, about:blank frames, text inputs),
// the one-time pass when a send cannot be replayed, and what a page script can and cannot see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type CautionUiReader, type Harness } from './caution-harness';
import { waitUntil } from './support/wait-until';

// Each page records the sends it performs in window.sent (or the parent's, for frames).
const RECORDER = `<script>window.sent = [];</script>`;
const CHAT_ENTER_SENDS = (id: string) => `
  const box = document.getElementById('${id}');
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault(); (window.top.sent).push(box.innerText.trim()); box.textContent = '';
    }
  });`;

const PAGES: Record<string, string> = {
  // A chat box whose only send is Enter: no Send button to replay.
  '/enter-only': `<!doctype html>${RECORDER}<div id="box" contenteditable="true" enterkeyhint="send" style="min-height:40px;border:1px solid"></div>
    <script>${CHAT_ENTER_SENDS('box')}</script>`,
  // A web component with an open shadow root holding the editor and its Send button.
  '/shadow': `<!doctype html>${RECORDER}<chat-box id="host"></chat-box><script>
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="box" contenteditable="true" style="min-height:40px;border:1px solid"></div><button id="send">Send</button>';
    root.getElementById('send').addEventListener('click', () => { window.sent.push(root.getElementById('box').innerText.trim()); });
  </script>`,
  // A web component whose Send button sits under the editor's bottom-right corner, as in most
  // chat boxes: the first place the caution would take, were the button not seen inside the root.
  '/shadow-toolbar': `<!doctype html>${RECORDER}<chat-box id="host"></chat-box><script>
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="box" contenteditable="true" style="width:600px;min-height:60px;border:1px solid"></div>' +
      '<div style="width:600px;display:flex;justify-content:flex-end;margin-top:2px"><button id="send" style="padding:8px 18px">Send</button></div>';
    root.getElementById('send').addEventListener('click', () => { window.sent.push(root.getElementById('box').innerText.trim()); });
  </script>`,
  // A search-like text input in a form: Enter submits.
  '/input': `<!doctype html>${RECORDER}<form id="form"><input id="field" name="q"><button>Send</button></form><script>
    document.getElementById('form').addEventListener('submit', (event) => {
      event.preventDefault(); window.sent.push(document.getElementById('field').value);
    });
  </script>`,
  // A mail form: subject line and body leave together with one Send.
  '/mail': `<!doctype html>${RECORDER}<form id="form"><input id="subject" name="subject"><textarea id="body"></textarea>
    <button>Send</button></form><script>
    document.getElementById('form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.sent.push(document.getElementById('subject').value + ' / ' + document.getElementById('body').value);
    });
  </script>`,
  // A same-origin iframe and an about:blank iframe with a contenteditable body, as older mail editors do.
  '/frames': `<!doctype html>${RECORDER}<iframe id="framed" src="/framed" style="width:500px;height:150px"></iframe>
    <iframe id="blank" name="blank" style="width:500px;height:150px"></iframe><script>
    const doc = document.getElementById('blank').contentDocument;
    doc.open(); doc.write('<body contenteditable="true" style="min-height:100px"></body>'); doc.close();
  </script>`,
  '/framed': `<!doctype html><div id="box" contenteditable="true" enterkeyhint="send" style="min-height:40px;border:1px solid"></div>
    <script>${CHAT_ENTER_SENDS('box')}</script>`,
  // A page that hunts for our UI and removes what it does not know, and probes the watchlist by
  // filling its own editor and clicking its own Send button.
  '/hostile': `<!doctype html>${RECORDER}<textarea id="area"></textarea>
    <div id="probe" contenteditable="true"></div><button id="probe-send">Send</button><script>
    document.getElementById('probe-send').addEventListener('click', () => {
      window.sent.push(document.getElementById('probe').textContent);
    });
    window.probe = (name) => {
      const box = document.getElementById('probe');
      box.focus();
      box.textContent = 'Hello ' + name;
      return new Promise((done) => setTimeout(() => {
        document.getElementById('probe-send').click();
        done(window.sent.includes('Hello ' + name));
      }, 400));
    };
    window.removeStrangers = () => {
      for (const element of [...document.documentElement.children]) {
        if (element !== document.head && element !== document.body) element.remove();
      }
    };
    window.peek = () => ({
      highlights: CSS.highlights.size,
      openRoots: [...document.querySelectorAll('*')].filter((element) => element.shadowRoot).length,
      html: document.documentElement.outerHTML,
      attributes: [...document.documentElement.children].flatMap((element) => [...element.attributes].map((a) => a.value)).join(' '),
    });
  </script>`,
};

let harness: Harness;
const sentIn = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

beforeAll(async () => {
  harness = await startHarness(PAGES, ['Acme Robotics', 'Globex']);
});

afterAll(async () => {
  await harness?.close();
});

describe('a send that cannot be replayed', () => {
  let page: Page;
  let ui: CautionUiReader;
  beforeAll(async () => {
    ({ page, ui } = await harness.open('/enter-only'));
  });

  it('asks the person to press Enter again, lets exactly that send through once, then asks again', async () => {
    await page.click('#box');
    await page.keyboard.type('Globex wants a demo');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution');
    await page.keyboard.press('Enter');
    expect(await waitUntil(ui.dialog, 'the dialog')).toContain('press Enter again to send');
    await ui.click('Send anyway');
    await waitUntil(async () => (await ui.dialog()) === '', 'the dialog to close');
    expect(await sentIn(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('box');

    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex wants a demo']);

    await page.keyboard.type('Globex again');
    await waitUntil(async () => (await ui.caution()).includes('Globex again'.slice(0, 6)), 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(ui.dialog, 'a new dialog: the pass was used up');
    await page.keyboard.press('Escape');
    expect(await sentIn(page)).toEqual(['Globex wants a demo']);
  });

  it('forgets a name after "Not a prospect here" for this message', async () => {
    await ui.click('Not a prospect here: “Globex”');
    await waitUntil(async () => (await ui.caution()) === '', 'the caution to go');
    await page.click('#box');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex wants a demo', 'Globex again']);
  });

  it('never intercepts Enter during an IME composition', async () => {
    await page.click('#box');
    await page.keyboard.type('Acme Robotics');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    const reachedPage = await page.evaluate(() => {
      const box = document.getElementById('box')!;
      let seen = false;
      box.addEventListener('keydown', () => (seen = true), { once: true });
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, isComposing: true });
      box.dispatchEvent(event);
      return seen && !event.defaultPrevented;
    });
    expect(reachedPage).toBe(true);
    expect(await ui.dialog()).toBe('');
  });

  it('leaves an Enter that belongs to an IME composition to the IME, and scans when the composition ends', async () => {
    await page.evaluate(() => (document.getElementById('box')!.textContent = ''));
    await page.click('#box');
    await ui.cdp.send('Input.imeSetComposition', { text: 'Acme Robotics', selectionStart: 13, selectionEnd: 13 });
    // The key an IME reports while composing: keyCode 229. It is the IME's, never a send.
    await ui.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await ui.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    expect(await ui.dialog()).toBe('');
    await ui.cdp.send('Input.insertText', { text: 'Acme Robotics' });
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution after the composition');
    expect(await page.innerText('#box')).toBe('Acme Robotics');
  });

  it('selects a name in the editor with "Show", without changing the text', async () => {
    await ui.click('Show “Acme Robotics” in the message');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Acme Robotics');
    expect(await page.innerText('#box')).toBe('Acme Robotics');
  });
});

describe('editors in shadow roots, frames and text inputs', () => {
  it('finds a contenteditable inside an open shadow root and stops its Send button', async () => {
    const { page, ui } = await harness.open('/shadow');
    await page.locator('#box').click();
    await page.keyboard.type('Acme Robotics call');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    await page.locator('#send').click({ noWaitAfter: true, force: true });
    await waitUntil(ui.dialog, 'the dialog');
    expect(await sentIn(page)).toEqual([]);
    await ui.click('Send anyway');
    await waitUntil(async () => (await sentIn(page)).length > 0, 'the replayed send');
    expect(await sentIn(page)).toEqual(['Acme Robotics call']);
  });

  it('leaves the Send button inside an open shadow root free to click', async () => {
    const { page, ui } = await harness.open('/shadow-toolbar');
    await page.locator('#box').click();
    await page.keyboard.type('Acme Robotics call');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');
    // Where a click on the middle of Send lands: the page's own button, not our layer.
    const landsOnSend = () =>
      page.evaluate(() => {
        const host = document.getElementById('host')!;
        const send = host.shadowRoot!.getElementById('send')!;
        const box = send.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        return document.elementFromPoint(x, y) === host && host.shadowRoot!.elementFromPoint(x, y) === send;
      });
    expect(await landsOnSend()).toBe(true);
  });

  it('stops Enter in a text input and replays the form submit once', async () => {
    const { page, ui } = await harness.open('/input');
    await page.click('#field');
    await page.keyboard.type('globex');
    await waitUntil(async () => (await ui.caution()).includes('globex'), 'the caution');
    await ui.click('Show “globex” in the message');
    expect(await page.$eval('#field', (field: HTMLInputElement) => [field.selectionStart, field.selectionEnd])).toEqual([0, 6]);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await waitUntil(ui.dialog, 'the dialog');
    expect(await sentIn(page)).toEqual([]);
    await ui.click('Send anyway');
    await waitUntil(async () => (await sentIn(page)).length > 0, 'the replayed submit');
    expect(await sentIn(page)).toEqual(['globex']);
  });

  it('stops Ctrl+Enter in a mail body when only the subject names a prospect, and sends once', async () => {
    const { page, ui } = await harness.open('/mail');
    await page.click('#subject');
    await page.keyboard.type('Globex renewal');
    await page.click('#body');
    await page.keyboard.type('See you next week');
    await page.keyboard.press('Control+Enter');
    expect(await waitUntil(ui.dialog, 'the dialog')).toContain('Globex');
    expect(await sentIn(page)).toEqual([]);
    await ui.click('Send anyway');
    await waitUntil(async () => (await sentIn(page)).length > 0, 'the replayed send');
    expect(await sentIn(page)).toEqual(['Globex renewal / See you next week']);
  });

  it('guards a same-origin iframe and an about:blank iframe, each with its own caution', async () => {
    const { page, ui } = await harness.open('/frames');
    const framed = page.frameLocator('#framed');
    await framed.locator('#box').click();
    await page.keyboard.type('Globex in a frame');
    const framedUi = await ui.frame('/framed');
    await waitUntil(async () => (await framedUi.caution()).includes('Globex'), 'the caution in the frame');
    await page.keyboard.press('Enter');
    await waitUntil(framedUi.dialog, 'the dialog in the frame');
    expect(await sentIn(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.frameLocator('#blank').locator('body').click();
    await page.keyboard.type('Dear Acme Robotics team');
    const blankUi = await ui.frame('blank');
    await waitUntil(async () => (await blankUi.caution()).includes('Acme Robotics'), 'the caution in the about:blank frame');
  });
});

describe('what the page can see', () => {
  it('cannot learn whether a name is a prospect by filling its own editor and clicking Send', async () => {
    const { page, ui } = await harness.open('/hostile');
    const probe = (name: string) =>
      page.evaluate((candidate) => (window as unknown as { probe(name: string): Promise<boolean> }).probe(candidate), name);
    expect(await probe('Globex')).toBe(true);
    expect(await probe('Nobody Inc')).toBe(true);
    expect(await ui.caution()).toBe('');
    expect(await ui.dialog()).toBe('');

    // Once the person types in that editor, it is theirs: the caution shows and a send waits.
    await page.click('#probe');
    await page.keyboard.press('End');
    await page.keyboard.type(' Globex');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution');
    await page.click('#probe-send');
    await waitUntil(ui.dialog, 'the dialog');
    await page.keyboard.press('Escape');
  });

  it('cannot read the caution or the watchlist, and cannot remove the caution', async () => {
    const { page, ui } = await harness.open('/hostile');
    await page.click('#area');
    await page.keyboard.type('Acme Robotics deal');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution');

    const seen = await page.evaluate(() => (window as unknown as { peek(): Record<string, unknown> }).peek());
    expect(seen.highlights).toBe(0);
    expect(seen.openRoots).toBe(0);
    expect(seen.html).not.toContain('open prospect');
    expect(seen.html).not.toContain('Globex');
    expect(seen.attributes).not.toMatch(/acme|globex/i);

    await page.evaluate(() => (window as unknown as { removeStrangers(): void }).removeStrangers());
    await page.click('#area');
    await page.keyboard.type('!');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution to come back');
  });
});

describe('a quiet site', () => {
  it('shows nothing and sends at once, and protects again as soon as the site is no longer quiet', async () => {
    const settings = await harness.background<Record<string, unknown>>({ type: 'settings:get' });
    await harness.background({ type: 'settings:set', settings: { ...settings, quietSites: ['127.0.0.1'] } });
    const { page, ui } = await harness.open('/enter-only');
    await page.click('#box');
    await page.keyboard.type('Globex quietly');
    await page.keyboard.press('Enter');
    expect(await sentIn(page)).toEqual(['Globex quietly']);
    expect(await ui.caution()).toBe('');

    await page.keyboard.type('Globex loudly');
    await harness.background({ type: 'settings:set', settings: { ...settings, quietSites: [] } });
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution once the site is protected again');
    await page.keyboard.press('Enter');
    await waitUntil(ui.dialog, 'the dialog');
    expect(await sentIn(page)).toEqual(['Globex quietly']);
  });
});
