// Site adapters end to end, on saved pages under the sites' real host names: Chromium resolves every
// host to a local HTTPS server (support/real-host-server.ts), so https://mail.google.com/ loads the
// saved Gmail compose with location.hostname "mail.google.com" and the Gmail adapter runs. Each
// page's structure comes from public sources named at the top of its fixture
// (tests/unit/content/sites/fixtures/); sites/site-app.js plays the site's own send.
// For every site: typing a prospect shows the caution; Enter (chats) or Ctrl+Enter (mail) and the
// Send button are stopped; "Send anyway" sends once; a clean message sends at once; Shift+Enter
// (chats) or Enter (mail) makes a new line; a button beside the editor that is not Send opens no
// question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAx, findAx, waitForAx, waitForNoAx, type AxQuery } from '../support/accessibility-tree';
import { openPopup } from '../support/extension-pages';
import { launchBrowser, type LaunchedBrowser } from '../support/launch-browser';
import { realHostSwitches, startRealHostServer, type RealHostServer } from '../support/real-host-server';
import { SITE_APP_PATH, siteAppScript, sitePage } from '../support/saved-site-pages';
import { seedWatchlist } from '../support/seed-watchlist';
import { CLEAN_MESSAGE, PROSPECT_MESSAGE, TEST_WATCHLIST } from '../support/test-watchlist';
import { SAVED_SITES, type SavedSite } from './saved-sites';

const CAUTION: AxQuery = { role: 'status', name: /Acme Robotics/ };
const CONFIRMATION: AxQuery = { role: 'alertdialog' };
const SEND_ANYWAY: AxQuery = { role: 'button', name: 'Send anyway' };
/** Who is outside: jane@acme.com is in the sales team (acme.com), the others are not. */
const SALES_TEAM = { emails: [], domains: ['acme.com'], channels: [] };

interface SiteHooks {
  __sent: string[];
  __clicked: string[];
  __editorText(): string;
}
declare const window: SiteHooks;

let server: RealHostServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  const pages = new Map(SAVED_SITES.map((site) => [new URL(site.url).hostname, sitePage(site)]));
  server = await startRealHostServer(pages, new Map([[SITE_APP_PATH, siteAppScript()]]));
  browser = await launchBrowser({ extraArgs: realHostSwitches(server.port) });
  await seedWatchlist(browser.context, browser.extensionId!, TEST_WATCHLIST);
  const popup = await openPopup(browser.context, browser.extensionId!);
  await popup.evaluate(async (salesTeam) => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const settings = (await runtime.sendMessage({ type: 'settings:get' })) as Record<string, unknown>;
    await runtime.sendMessage({ type: 'settings:set', settings: { ...settings, salesTeam } });
  }, SALES_TEAM);
  await popup.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(site: SavedSite): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  await page.click(site.editor);
  return page;
}

async function typed(site: SavedSite, text: string): Promise<Page> {
  const page = await open(site);
  await page.keyboard.type(text);
  return page;
}

async function openWithCaution(site: SavedSite): Promise<Page> {
  const page = await typed(site, PROSPECT_MESSAGE);
  await waitForAx(page, CAUTION);
  return page;
}

const sendKey = (site: SavedSite) => (site.kind === 'chat' ? 'Enter' : 'Control+Enter');
const newLineKey = (site: SavedSite) => (site.kind === 'chat' ? 'Shift+Enter' : 'Enter');
const sent = (page: Page) => page.evaluate(() => [...window.__sent]);
const editorText = (page: Page) => page.evaluate(() => window.__editorText());
const waitForSent = async (page: Page, count: number) => {
  await page.waitForFunction((expected) => window.__sent.length >= expected, count);
  return sent(page);
};

describe.each(SAVED_SITES)('$adapter at $url', (site) => {
  it('runs under the real host name and shows the caution when a prospect is typed', async () => {
    const page = await openWithCaution(site);
    expect(await page.evaluate(() => location.hostname)).toBe(new URL(site.url).hostname);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it(`stops ${site.kind === 'chat' ? 'Enter' : 'Ctrl+Enter'} and asks; nothing leaves and the text stays`, async () => {
    const page = await openWithCaution(site);
    const before = await editorText(page);
    await page.keyboard.press(sendKey(site));
    await waitForAx(page, CONFIRMATION);
    expect(await sent(page)).toEqual([]);
    expect(await editorText(page)).toBe(before);
    await page.close();
  });

  it.runIf(site.send !== null)('stops a click on the Send button and asks', async () => {
    const page = await openWithCaution(site);
    await page.click(site.send!);
    await waitForAx(page, CONFIRMATION);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('sends the message exactly once after "Send anyway", and the next message follows it', async () => {
    const page = await openWithCaution(site);
    const message = await editorText(page);
    await page.keyboard.press(sendKey(site));
    await clickAx(page, SEND_ANYWAY);
    await waitForNoAx(page, CONFIRMATION);
    // A key is never replayed: the person's next send goes through. Where the adapter replays by
    // clicking Send, the editor is already empty and this press sends nothing: once either way.
    await page.keyboard.press(sendKey(site));
    expect(await waitForSent(page, 1)).toEqual([message]);
    await page.click(site.editor);
    await page.keyboard.type(CLEAN_MESSAGE);
    await page.keyboard.press(sendKey(site));
    expect(await waitForSent(page, 2)).toEqual([message, CLEAN_MESSAGE]);
    await page.close();
  });

  it('sends a message naming no prospect at once, with no question', async () => {
    const page = await typed(site, CLEAN_MESSAGE);
    await page.keyboard.press(sendKey(site));
    expect(await waitForSent(page, 1)).toEqual([CLEAN_MESSAGE]);
    expect(await findAx(page, CONFIRMATION)).toBeNull();
    await page.close();
  });

  it(`makes a new line with ${site.kind === 'chat' ? 'Shift+Enter' : 'Enter'}, even with a prospect named`, async () => {
    const page = await openWithCaution(site);
    await page.keyboard.press(newLineKey(site));
    await page.keyboard.type('see you then');
    expect(await editorText(page)).toMatch(/tomorrow\n+see you then$/);
    expect(await sent(page)).toEqual([]);
    expect(await findAx(page, CONFIRMATION)).toBeNull();
    await page.close();
  });

  it.runIf(site.notSend !== null)('lets a button beside the editor that is not Send do its own work, with no question', async () => {
    const page = await openWithCaution(site);
    await page.click(site.notSend!);
    await page.waitForFunction((id) => window.__clicked.includes(id), site.notSend!.slice(1));
    expect(await findAx(page, CONFIRMATION)).toBeNull();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

describe('the question names who is outside the sales team (MailTips-style)', () => {
  it.each([
    ['gmail', /carol@acme-robotics\.com is not in the sales team\./],
    ['outlook', /carol@acme-robotics\.com and Bob Smith are not in the sales team/],
  ])('%s', async (adapter, expected) => {
    const site = SAVED_SITES.find((candidate) => candidate.adapter === adapter)!;
    const page = await openWithCaution(site);
    await page.keyboard.press(sendKey(site));
    const dialog = await waitForAx(page, CONFIRMATION);
    expect(`${dialog.name} ${dialog.subtreeText}`).toMatch(expected);
    expect(`${dialog.name} ${dialog.subtreeText}`).not.toMatch(/jane@acme\.com/);
    await page.close();
  });
});
