// `npm start` on a French system: Chromium, the extension and the demo page all speak French. A
// message that names a prospect is sent anyway with a reason, which the activity log keeps; a
// message naming none sends as if the extension were absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAx, findAx, focusedAx, waitForAx, waitForNoAx } from './support/accessibility-tree';
import { launchBrowser, type LaunchedBrowser } from './support/launch-browser';
import { importWatchlistText } from './support/seed-watchlist';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DEMO_DIR } from './support/project-paths';

let browser: LaunchedBrowser;
let demo: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser({ language: 'fr' });
  demo = await startStaticServer(DEMO_DIR);
  const sample = readFileSync(join(DEMO_DIR, 'sample-watchlist.json'), 'utf8');
  await importWatchlistText(browser.context, browser.extensionId!, sample, 'sample-watchlist.json');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openDemo(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(demo.url('/index.html'));
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  return page;
}

describe('the demo page on a French system', () => {
  it('is written in French', async () => {
    const page = await openDemo();
    expect(await page.title()).toBe('Démo de Prospect Guard');
    expect(await page.locator('h1').textContent()).toBe('Démo de Prospect Guard');
    expect(await findAx(page, { role: 'textbox', name: 'Message dans #partners-external' })).not.toBeNull();
    expect(await findAx(page, { role: 'textbox', name: 'Corps du message' })).not.toBeNull();
    expect(await findAx(page, { role: 'button', name: 'Envoyer' })).not.toBeNull();
    expect(await page.locator('input[name="subject"]').inputValue()).toBe('Trimestre prochain');
    await page.close();
  });

  it('sends a message that names no prospect at once, as the page would without the extension', async () => {
    const page = await openDemo();
    await page.click('#mail-body');
    await page.keyboard.type('Bonjour, voici le compte rendu.');
    await page.click('#mail-send');
    await page.waitForFunction(() => document.querySelectorAll('#mail-outbox li').length === 1);
    expect(await page.locator('#mail-outbox li b').textContent()).toBe('À partner@example.org\u202f: Trimestre prochain');
    expect(await findAx(page, { role: 'alertdialog' })).toBeNull();
    await page.close();
  });

  it('asks in French, sends anyway with a reason, and the activity log keeps the reason', async () => {
    const page = await openDemo();
    await page.click('#chat-input');
    await page.keyboard.type('On invite Acme Robotics ?');
    await waitForAx(page, { role: 'status', name: /Acme Robotics/ });
    await page.keyboard.press('Enter');
    const question = await waitForAx(page, { role: 'alertdialog' });
    expect(question.subtreeText).toMatch(/Pourquoi envoyer quand même\u202f\? \(facultatif\)/);
    // From the dialog, Tab reaches Review, then Shift+Tab the optional reason; one step down picks the first.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focusedAx(page))?.role).toBe('combobox');
    await page.keyboard.press('ArrowDown');
    await clickAx(page, { role: 'button', name: 'Envoyer quand même' });
    await waitForNoAx(page, { role: 'alertdialog' });
    await page.keyboard.press('Enter'); // Enter is never replayed: the person's next Enter sends
    await page.waitForFunction(() => document.querySelectorAll('#chat-log .bubble.mine').length === 1);
    await page.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#activity`);
    const row = options.locator('.activity-table tr', { has: options.locator('.choice-sent-anyway') });
    await row.first().waitFor();
    expect(await row.first().locator('.choice-reason').textContent()).toBe('Ce destinataire participe à l’affaire');
    await options.close();
  });
});
