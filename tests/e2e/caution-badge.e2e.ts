// The caution says who and what, and gets out of the way: it names the prospect as in the list
// with the words typed, the dialog says the same, the log keeps only what was decided at the send;
// it shrinks to a badge by the editor that opens on click or keyboard focus, moves aside by drag
// or arrow keys, and the site remembers how the person left it (kept by the background).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type CautionUiReader, type Harness } from './caution-harness';
import { waitUntil } from './support/wait-until';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compose</title></head>
<body style="margin:0"><form id="mail" style="position:absolute;left:240px;top:200px">
<textarea id="area" rows="4" cols="40"></textarea><br><button id="send">Send</button></form>
<script>
  window.sent = [];
  document.getElementById('mail').addEventListener('submit', (event) => {
    event.preventDefault();
    window.sent.push(document.getElementById('area').value);
  });
</script></body></html>`;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

let harness: Harness;
let page: Page;
let ui: CautionUiReader;

/** The box of our element with this role (and name), read through CDP as the page cannot. */
async function boxOf(reader: CautionUiReader, role: string, name?: string): Promise<Box | null> {
  const node = (await reader.nodes()).find(
    (candidate) => candidate.role?.value === role && (name === undefined || candidate.name?.value === name),
  );
  if (!node?.backendDOMNodeId) return null;
  const { model } = (await reader.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { border: number[] } };
  const [left, top, right, , , bottom] = model.border as [number, number, number, number, number, number];
  return { left, top, width: right - left, height: bottom - top };
}

const BADGE = /^Prospect Guard: this message names/;
const badgeBox = async () => {
  const node = (await ui.nodes()).find((candidate) => candidate.role?.value === 'button' && BADGE.test(String(candidate.name?.value)));
  return node ? boxOf(ui, 'button', String(node.name?.value)) : null;
};
const cardBox = () => boxOf(ui, 'status', 'Prospect Guard caution');
const log = () => harness.background<{ entryNames: string[]; choice: string }[]>({ type: 'activity:list' });
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const centre = (box: Box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

async function reopen(): Promise<void> {
  await page.close();
  ({ page, ui } = await harness.open('/'));
  await page.click('#area');
  await page.keyboard.type('Call acme');
}

beforeAll(async () => {
  harness = await startHarness({ '/': PAGE }, []);
  await harness.background({ type: 'entries:add', entry: { name: 'Acme Robotics', aliases: ['acme'], status: 'open' } });
  ({ page, ui } = await harness.open('/'));
});
afterAll(async () => {
  await harness?.close();
});

describe('the caution says who and what', () => {
  it('names the prospect as in the list, with the words typed, and logs nothing while typing', async () => {
    await page.click('#area');
    await page.keyboard.type('Call acme about Acme Rob');
    const caution = await waitUntil(async () => (await ui.caution()).includes('typed') && ui.caution(), 'the caution');
    expect(caution).toContain('Acme Robotics (typed “acme”)');
    await page.keyboard.type('otics');
    await waitUntil(async () => (await ui.caution()).includes('×2'), 'the second occurrence');
    expect(await log()).toEqual([]);
  });

  it('asks at the send with the same words, and the log keeps what was decided then', async () => {
    await page.click('#send');
    const dialog = await waitUntil(ui.dialog, 'the dialog');
    expect(dialog).toContain('This message names an open prospect: Acme Robotics (typed “acme”).');
    await ui.click('Review');
    await waitUntil(async () => (await ui.dialog()) === '', 'the dialog to close');
    expect((await log()).map(({ entryNames, choice }) => ({ entryNames, choice }))).toEqual([
      { entryNames: ['Acme Robotics'], choice: 'shown' },
      { entryNames: ['Acme Robotics'], choice: 'reviewed' },
    ]);
    expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([]);
  });
});

describe('the caution gets out of the way', () => {
  it('shrinks to a badge by the editor, off the text being typed, and opens again on click', async () => {
    await ui.click('Make the caution smaller');
    const badge = await waitUntil(badgeBox, 'the badge');
    expect(await ui.caution()).toBe('');
    const editor = (await page.locator('#area').boundingBox())!;
    const editorBox = { left: editor.x, top: editor.y, width: editor.width, height: editor.height };
    expect(overlaps(badge, editorBox)).toBe(false);
    // Near the editor's corner, not somewhere else in the window.
    expect(Math.abs(badge.left - (editorBox.left + editorBox.width))).toBeLessThan(60);
    await page.mouse.click(centre(badge).x, centre(badge).y);
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution to open');
    expect(await badgeBox()).toBeNull();
  });

  it('remembers on this site that it was made small, and opens from the keyboard', async () => {
    await ui.click('Make the caution smaller');
    await waitUntil(badgeBox, 'the badge');
    await reopen();
    await waitUntil(badgeBox, 'the badge, as the person left it on this site');
    expect(await ui.caution()).toBe('');
    // Tab from the editor: the page's Send button, then the badge, which opens with focus inside.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await waitUntil(async () => (await ui.caution()).includes('Acme Robotics'), 'the caution opened by focus');
    expect(await ui.focusedRole()).toBe('button');
  });

  it('moves aside by drag and by arrow keys, and keeps the move for the site', async () => {
    const before = (await waitUntil(cardBox, 'the card'))!;
    const grip = (await boxOf(ui, 'button', 'Move the caution (drag, or arrow keys)'))!;
    await page.mouse.move(centre(grip).x, centre(grip).y);
    await page.mouse.down();
    await page.mouse.move(centre(grip).x - 30, centre(grip).y + 20, { steps: 4 });
    await page.mouse.move(centre(grip).x - 60, centre(grip).y + 40, { steps: 4 });
    await page.mouse.up();
    const dragged = await waitUntil(async () => {
      const box = await cardBox();
      return box && box.left !== before.left && box;
    }, 'the card to move');
    expect(dragged.left - before.left).toBeCloseTo(-60, 0);
    expect(dragged.top - before.top).toBeCloseTo(40, 0);

    // The grip is focused after the drag: arrow keys move it 16 pixels at a time.
    const gripNode = (await ui.nodes()).find((node) => node.name?.value === 'Move the caution (drag, or arrow keys)')!;
    await ui.cdp.send('DOM.focus', { backendNodeId: gripNode.backendDOMNodeId });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const keyed = await waitUntil(async () => {
      const box = await cardBox();
      return box && box.left !== dragged.left && box;
    }, 'the card to move by keyboard');
    expect({ dx: keyed.left - dragged.left, dy: keyed.top - dragged.top }).toEqual({ dx: 16, dy: -16 });

    await reopen();
    const again = await waitUntil(cardBox, 'the card, where the person left it');
    expect({ left: again.left, top: again.top }).toEqual({ left: keyed.left, top: keyed.top });
  });
});
