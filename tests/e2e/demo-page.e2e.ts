// The `npm start` demo page with its sample watchlist: what a person trying the extension sees.
// Its mail composer and chat box sit side by side, so it also checks that the question asked at a
// send is about the message being sent, not about another box on the same page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAx, findAx, waitForAx, waitForNoAx } from './support/accessibility-tree';
import { launchBrowser, type LaunchedBrowser } from './support/launch-browser';
import { importWatchlistText } from './support/seed-watchlist';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DEMO_DIR } from './support/project-paths';

let browser: LaunchedBrowser;
let demo: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
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
  return page;
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

describe('the demo page', () => {
  it.each([
    {
      box: 'mail composer',
      selector: '#mail-body',
      text: 'Quick update on Société Generale Assurances',
      prospect: /Société Gen[eé]rale Assurances/,
    },
    { box: 'chat box', selector: '#chat-input', text: 'shall we invite ACME ROBOTICS?', prospect: /Acme Robotics|ACME ROBOTICS/ },
    { box: 'notes', selector: '#notes', text: 'Call with Énergies Côte d\u2019Azur', prospect: /Énergies Côte d’Azur/ },
  ])('shows the caution for a sample prospect typed in the $box', async ({ selector, text, prospect }) => {
    const page = await openDemo();
    await typeInto(page, selector, text);
    await waitForAx(page, { role: 'status', name: prospect });
    await page.close();
  });

  it('asks about the message being sent, and sends only that one', async () => {
    const page = await openDemo();
    await typeInto(page, '#mail-body', 'The Société Générale Assurances renewal is close.');
    await typeInto(page, '#chat-input', 'Shall we invite Acme Robotics?');
    await waitForAx(page, { role: 'status', name: /Acme Robotics/ });
    await page.keyboard.press('Enter');
    const question = await waitForAx(page, { role: 'alertdialog' });
    expect(question.subtreeText).toMatch(/Acme/);
    expect(question.subtreeText).not.toMatch(/Société Générale/);
    await clickAx(page, { role: 'button', name: 'Send anyway' });
    await waitForNoAx(page, { role: 'alertdialog' });
    await page.keyboard.press('Enter'); // Enter is never replayed: the person's next Enter sends
    await page.waitForFunction(() => document.querySelectorAll('#chat-log .bubble.mine').length === 1);
    expect(await page.locator('#chat-log .bubble.mine').allTextContents()).toEqual(['Shall we invite Acme Robotics?']);
    expect(await page.locator('#mail-outbox li').count()).toBe(0);
    expect(await findAx(page, { role: 'alertdialog' })).toBeNull();
    await page.close();
  });
});
