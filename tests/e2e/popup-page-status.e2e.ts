// The real toolbar popup, opened over a web page, tells whether that page is protected and why
// not, and counts the week's cautions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './ui-support/launch-ui';
import { openRealPopup } from './ui-support/real-popup';
import { startComposePageServer, type ComposePageServer } from './ui-support/compose-page-server';
import { PAGE_VIEWPORT } from './ui-support/ui-driver';
import type { Page } from 'playwright-core';

describe('popup over a web page', () => {
  let session: ExtensionSession;
  let server: ComposePageServer;
  let compose: Page;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en' });
    server = await startComposePageServer();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function pageStatusText(): Promise<string> {
    compose = session.context.pages().find((page) => page.url() === server.url) ?? (await session.context.newPage());
    if (compose.url() !== server.url) await compose.goto(server.url);
    await compose.bringToFront();
    const popup = await openRealPopup(session);
    await popup.waitFor(`document.querySelector('.page-status .status-line')?.textContent !== ${JSON.stringify('Loading…')}`);
    const text = await popup.evaluate<string>(`document.querySelector('.page-status').innerText`);
    await popup.close();
    return text;
  }

  async function changeSettings(change: string): Promise<void> {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await options.locator('#sites').waitFor();
    await options.evaluate(change);
    await options.close();
  }

  it('says a normal web page is protected', async () => {
    // The page's content script reports itself at load; a popup opened before that cannot know yet.
    await expect.poll(pageStatusText, { timeout: 10_000 }).toMatch(/^This page\s+Protected\.\s/i);
  });

  it('names the editor the content script found once the person types in it', async () => {
    await compose.locator('#body').click();
    await compose.keyboard.type('Hello team');
    await expect.poll(pageStatusText, { timeout: 10_000 }).toContain('Editor found: text area.');
  });

  it.each([
    [
      'a quiet site',
      `(async () => { const s = await chrome.runtime.sendMessage({ type: 'settings:get' }); await chrome.runtime.sendMessage({ type: 'settings:set', settings: { ...s, quietSites: ['127.0.0.1'] } }); })()`,
      'Not protected: this site is on your quiet sites list.',
    ],
    [
      'a site switched off',
      `(async () => { const s = await chrome.runtime.sendMessage({ type: 'settings:get' }); await chrome.runtime.sendMessage({ type: 'settings:set', settings: { ...s, quietSites: [], switchedOffSites: ['127.0.0.1'] } }); })()`,
      'Not protected: Prospect Guard is switched off for this site.',
    ],
    [
      'the master switch off',
      `(async () => { const s = await chrome.runtime.sendMessage({ type: 'settings:get' }); await chrome.runtime.sendMessage({ type: 'settings:set', settings: { ...s, switchedOffSites: [], enabled: false } }); })()`,
      'Not protected: Prospect Guard is switched off in the settings.',
    ],
  ])('explains why %s is not protected', async (_case, change, expected) => {
    await changeSettings(change);
    expect(await pageStatusText()).toContain(expected);
  });

  it('counts the cautions of the last 7 days and those sent anyway', async () => {
    await changeSettings(`(async () => {
      for (const choice of ['shown', 'sent-anyway', 'shown', 'reviewed', 'shown']) {
        await chrome.runtime.sendMessage({ type: 'activity:record', record: { site: 'mail.example.com', entryIds: ['x'], entryNames: ['Acme'], choice } });
      }
    })()`);
    const popup = await openRealPopup(session);
    await popup.waitFor(`document.querySelector('.week-activity p')?.textContent.includes('cautions shown')`);
    expect(await popup.evaluate<string>(`document.querySelector('.week-activity p').textContent`)).toBe(
      '3 cautions shown, 1 message sent anyway.',
    );
    await popup.close();
  });

  it('declares a keyboard shortcut that opens the popup', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    const commands = await options.evaluate<{ name?: string; shortcut?: string }[]>(`chrome.commands.getAll()`);
    expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBe('Ctrl+Shift+Y');
    await options.close();
  });
});
