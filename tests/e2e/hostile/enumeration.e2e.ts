// A hostile page tries to learn which names are on the watchlist, the two ways a page can: it writes
// candidate names into its own editor after one real keystroke and (1) clicks its own Send to see
// whether the click was held, or (2) fires `change` and hit-tests the page for our caution. 200
// candidates, 10 of them on the list: each oracle must give every candidate the same answer.
// Also: while one send is held, the page's other sends wait; a hidden decoy Send decides nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CautionUiReader, type Harness, startHarness } from '../caution-harness';
import { waitUntil } from '../support/wait-until';

const ON_THE_LIST = [
  'Acme Robotics',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Vandelay Industries',
  'Soylent',
  'Tyrell',
];
// 190 company-like names that are not on the list, deterministic.
const NOT_ON_THE_LIST = Array.from(
  { length: 190 },
  (_, index) => `Company ${String.fromCharCode(65 + (index % 26))}${Math.floor(index / 26)} Holdings`,
);
const CANDIDATES = interleave(NOT_ON_THE_LIST, ON_THE_LIST);

const PAGES: Record<string, string> = {
  // A page with a textarea of its own that it steers the person's key into, and its own Send.
  '/oracle': `<!doctype html><body style="margin:0">
    <p>Type anything:</p>
    <textarea id="area" style="width:320px;height:60px"></textarea>
    <button id="send" type="button">Send</button>
    <script>
      const area = document.getElementById('area');
      const send = document.getElementById('send');
      const clicked = [];
      send.addEventListener('click', () => clicked.push(area.value));
      const idle = () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(done, 0)), { timeout: 300 }));
      const ours = new Set(['HTML', 'HEAD', 'BODY', 'P', 'TEXTAREA', 'BUTTON', 'SCRIPT']);
      // Anything under the points around the textarea that the page did not make is the caution.
      const seesStranger = () => {
        for (let x = 0; x < 800; x += 16) {
          for (let y = 0; y < 400; y += 16) {
            if (document.elementsFromPoint(x, y).some((element) => !ours.has(element.tagName))) return true;
          }
        }
        return false;
      };
      window.oracleSend = (names) => names.map((name) => {
        area.value = 'We met ' + name + ' today';
        const before = clicked.length;
        send.click();
        return clicked.length === before; // held: "on the list"
      });
      window.oracleCaution = async (names) => {
        const answers = [];
        for (const name of names) {
          area.value = 'We met ' + name + ' today';
          area.dispatchEvent(new Event('change', { bubbles: true }));
          await idle();
          answers.push(seesStranger());
        }
        return answers;
      };
    </script>`,
  // The person's real message is held; meanwhile the page sends from a second box by script.
  '/two-boxes': `<!doctype html>
    <textarea id="main"></textarea><button id="main-send">Send</button>
    <form id="other-form"><textarea id="other"></textarea><button id="other-send">Send</button></form>
    <script>
      window.sent = [];
      document.getElementById('main-send').addEventListener('click', () => window.sent.push('main:' + document.getElementById('main').value));
      document.getElementById('other-form').addEventListener('submit', (event) => {
        event.preventDefault();
        window.sent.push('other:' + document.getElementById('other').value);
      });
    </script>`,
  // A hidden "Send" placed before the real one, in the same compose box.
  '/decoy': `<!doctype html><div class="compose">
    <textarea id="area"></textarea>
    <button id="decoy" style="display:none">Send</button>
    <button id="real">Send</button></div>
    <script>
      window.sent = [];
      document.getElementById('real').addEventListener('click', () => window.sent.push(document.getElementById('area').value));
    </script>`,
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(PAGES, ON_THE_LIST);
});

afterAll(async () => {
  await harness?.close();
});

describe('a page probing the watchlist through its own editor', () => {
  let page: Page;
  let ui: CautionUiReader;

  beforeAll(async () => {
    ({ page, ui } = await harness.open('/oracle'));
    // The one real human action the page gets: a key it steers into its own textarea.
    await page.click('#area');
    await page.keyboard.type('x');
  });

  it('learns nothing from whether its scripted clicks on Send are held', async () => {
    const answers = await page.evaluate(
      (names) => (window as unknown as { oracleSend(names: string[]): boolean[] }).oracleSend(names),
      CANDIDATES,
    );
    expect(answers).toHaveLength(200);
    expect(distinctAnswers(answers)).toEqual(new Set([false]));
  });

  it('learns nothing from hit-testing the page for our caution after writing names and firing change', async () => {
    const answers = await page.evaluate(
      (names) => (window as unknown as { oracleCaution(names: string[]): Promise<boolean[]> }).oracleCaution(names),
      CANDIDATES,
    );
    expect(answers).toHaveLength(200);
    expect(distinctAnswers(answers)).toEqual(new Set([false]));
  });

  it('still cautions, and holds the Send, for what the person types there themselves (the probes above were not blind)', async () => {
    await page.click('#area');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('We met Globex today');
    await waitUntil(async () => (await ui.caution()).includes('Globex'), 'the caution for the typed name');
    await page.click('#send');
    expect(await waitUntil(ui.dialog, 'the question before sending')).toContain('Globex');
    await ui.click('Review');
  });
});

describe('while a send is held', () => {
  it('holds every other send of the page too, until the person answers', async () => {
    const { page, ui } = await harness.open('/two-boxes');
    await page.click('#other');
    await page.keyboard.type('Lunch?');
    await page.click('#main');
    await page.keyboard.type('Hooli signed the pilot');
    await page.click('#main-send');
    await waitUntil(ui.dialog, 'the question before sending');

    // The page tries its other, clean, message by script, both ways.
    await page.evaluate(() => {
      document.getElementById('other-send')!.click();
      (document.getElementById('other-form') as HTMLFormElement).requestSubmit();
    });
    expect(await sentIn(page)).toEqual([]);

    await ui.click('Review');
    await waitUntil(async () => (await ui.dialog()) === '', 'the question to close');
    await page.evaluate(() => document.getElementById('other-send')!.click());
    expect(await sentIn(page)).toEqual(['other:Lunch?']);
    await page.close();
  });
});

describe('a hidden decoy Send placed before the real one', () => {
  it('does not let the real Send through', async () => {
    const { page, ui } = await harness.open('/decoy');
    await page.click('#area');
    await page.keyboard.type('Call Tyrell about the renewal');
    await waitUntil(async () => (await ui.caution()).includes('Tyrell'), 'the caution');
    await page.click('#real');
    expect(await waitUntil(ui.dialog, 'the question before sending')).toContain('Tyrell');
    expect(await sentIn(page)).toEqual([]);

    await ui.click('Send anyway');
    await waitUntil(async () => (await sentIn(page)).length > 0, 'the replayed send');
    expect(await sentIn(page)).toEqual(['Call Tyrell about the renewal']);
    await page.close();
  });
});

function distinctAnswers(answers: boolean[]): Set<boolean> {
  return new Set(answers);
}

function sentIn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { sent: string[] }).sent);
}

/** Spreads the names on the list among the others, so no position gives them away. */
function interleave(others: string[], listed: string[]): string[] {
  const all = [...others];
  for (const [index, name] of listed.entries()) all.splice(index * 19 + 7, 0, name);
  return all;
}
