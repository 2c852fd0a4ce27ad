// The background reopens a database lost while it runs. Clearing the extension's site data (what
// the browser's "Delete browsing data" does) force-closes its connection; another context of the
// extension deleting the database needs that connection to step aside. Either way the next request
// must open the database again, and new tabs must be protected again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchFaultBrowser, type FaultBrowser } from './fault-browser';
import type { EntryPageResponse } from '../../../utils/model/messages';

let browser: FaultBrowser;

beforeEach(async () => {
  browser = await launchFaultBrowser();
  await browser.background({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
  expect(await browser.cautionFor('Lunch with Acme Robotics', 'Acme Robotics')).toContain('open prospect');
});
afterEach(() => browser?.close());

async function namesOnTheList(): Promise<string[]> {
  const page = await browser.background<EntryPageResponse>({ type: 'entries:page', limit: 100 });
  return page.entries.map((entry) => entry.name);
}

describe('a database lost while the extension runs', () => {
  it('is opened again after the browser clears the extension’s site data, and new tabs are protected', async () => {
    const cdp = await browser.context.newCDPSession(browser.extensionPage);
    await cdp.send('Storage.clearDataForOrigin', { origin: `chrome-extension://${browser.extensionId}`, storageTypes: 'indexeddb' });

    // The list was cleared with the site data; the next write lands in a new, working database.
    await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
    expect(await namesOnTheList()).toEqual(['Globex Industries']);
    expect(await browser.cautionFor('Call Globex Industries back', 'Globex Industries')).toContain('open prospect');
  });

  it('lets another page of the extension delete the database, then opens a new one', async () => {
    const outcome = await browser.extensionPage.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('prospect-guard');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`failed: ${request.error?.message}`);
          // Blocked means an open connection did not step aside: the delete would wait forever.
          request.onblocked = () => setTimeout(() => resolve('blocked by an open connection'), 2_000);
        }),
    );
    expect(outcome).toBe('deleted');

    await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
    expect(await namesOnTheList()).toEqual(['Globex Industries']);
    expect(await browser.cautionFor('Call Globex Industries back', 'Globex Industries')).toContain('open prospect');
  });
});
