// The content script in a real Chromium with the built extension: the caution appears on a
// prospect name in a textarea and a contenteditable, the send waits for the person's choice and
// then goes out exactly once, clean messages and Shift+Enter are untouched, and the page's DOM
// and text are what they would be without the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');

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

let server: Server;
let origin: string;
let context: BrowserContext;
let profileDir: string;
let page: Page;
let cdp: CDPSession;

async function waitUntil<T>(condition: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

async function axNodes(): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes.filter((node) => !node.ignored);
}

/** The text inside our UI (closed shadow roots included), read through CDP as a user agent would. */
async function uiTexts(role: string): Promise<string[]> {
  const nodes = await axNodes();
  const texts: string[] = [];
  for (const node of nodes.filter((candidate) => candidate.role?.value === role && candidate.backendDOMNodeId)) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId! });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return this.hidden ? "" : this.textContent; }',
      returnByValue: true,
    });
    if (result.value) texts.push(String(result.value));
  }
  return texts;
}

async function clickButton(name: string): Promise<void> {
  const button = await waitUntil(
    async () => (await axNodes()).find((node) => node.role?.value === 'button' && node.name?.value === name),
    `a button named "${name}"`,
  );
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendDOMNodeId! });
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { this.click(); }' });
}

const sent = () => page.evaluate(() => (window as unknown as { sent: string[] }).sent);
const dialogTexts = () => uiTexts('alertdialog');
const cautionTexts = () => uiTexts('status');

beforeAll(async () => {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npx wxt build" first.`);
  }
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  profileDir = mkdtempSync(join(tmpdir(), 'pg-caution-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, LANGUAGE: 'en_US:en' },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'entries:add',
      entry: { name: 'Acme Robotics', status: 'open' },
    }),
  );
  await popup.close();

  page = await context.newPage();
  await page.goto(`${origin}/`);
  cdp = await context.newCDPSession(page);
});

afterAll(async () => {
  await context?.close();
  server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('caution and confirmation in a textarea', () => {
  it('shows the name as typed, leaves the value alone, and holds the send until "Send anyway"', async () => {
    await page.click('#area');
    await page.keyboard.type('Lunch with ACME robotics on Friday');
    const caution = await waitUntil(async () => (await cautionTexts()).find((text) => text.includes('ACME robotics')), 'the caution');
    expect(caution).toContain('open prospect');
    expect(await page.inputValue('#area')).toBe('Lunch with ACME robotics on Friday');

    await page.click('#send-mail');
    const dialog = await waitUntil(async () => (await dialogTexts())[0], 'the confirmation dialog');
    expect(dialog).toContain('ACME robotics');
    expect(await sent()).toEqual([]);

    await clickButton('Send anyway');
    await waitUntil(async () => (await sent()).length > 0, 'the send');
    expect(await sent()).toEqual(['mail:Lunch with ACME robotics on Friday']);
    await waitUntil(async () => (await cautionTexts()).length === 0, 'the caution to go with the emptied field');
  });

  it('sends a clean message at once, with no dialog', async () => {
    await page.click('#area');
    await page.keyboard.type('Lunch on Friday');
    await page.click('#send-mail');
    expect(await sent()).toEqual(['mail:Lunch with ACME robotics on Friday', 'mail:Lunch on Friday']);
    expect(await dialogTexts()).toEqual([]);
  });
});

describe('caution and confirmation in a contenteditable', () => {
  it('stops Enter, then replays the send exactly once after "Send anyway"', async () => {
    await page.evaluate(() => ((window as unknown as { sent: string[] }).sent = []));
    await page.click('#rich');
    await page.keyboard.type('Call Acme Robotics');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('today');
    await waitUntil(async () => (await cautionTexts()).find((text) => text.includes('Acme Robotics')), 'the caution');
    const html = await page.innerHTML('#rich');
    expect(html).not.toMatch(/mark|span|style|x-/);

    await page.keyboard.press('Enter');
    await waitUntil(async () => (await dialogTexts())[0], 'the confirmation dialog');
    expect(await sent()).toEqual([]);
    expect(await page.innerHTML('#rich')).toBe(html);

    await clickButton('Send anyway');
    await waitUntil(async () => (await sent()).length > 0, 'the replayed send');
    expect(await sent()).toEqual(['chat:Call Acme Robotics\ntoday']);
  });

  it('returns to the editor on "Review" and sends nothing', async () => {
    await page.click('#rich');
    await page.keyboard.type('Acme Robotics again');
    await waitUntil(async () => (await cautionTexts()).length > 0, 'the caution');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await dialogTexts())[0], 'the confirmation dialog');
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await dialogTexts()).length === 0, 'the dialog to close');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rich');
    expect(await sent()).toEqual(['chat:Call Acme Robotics\ntoday']);
    await page.keyboard.type('!');
    expect(await page.innerText('#rich')).toBe('Acme Robotics again!');
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
