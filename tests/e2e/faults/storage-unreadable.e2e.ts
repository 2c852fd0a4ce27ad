// Storage the browser cannot open makes the popup say so for every page, instead of "Protected":
// here the profile's IndexedDB folder for the extension is replaced by a file after its site data
// was cleared, so Chromium answers every open with "Internal error opening backing store" (as on
// a damaged profile). When the folder can be created again, protection comes back by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { launchFaultBrowser, type FaultBrowser } from './fault-browser';
import { waitUntil } from '../support/wait-until';
import type { PageProtection } from '../../../utils/model/messages';

let browser: FaultBrowser;

beforeAll(async () => {
  browser = await launchFaultBrowser();
  await browser.background({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
  const cdp = await browser.context.newCDPSession(browser.extensionPage);
  await cdp.send('Storage.clearDataForOrigin', { origin: `chrome-extension://${browser.extensionId}`, storageTypes: 'indexeddb' });
  await rm(browser.indexedDbDir, { recursive: true, force: true });
  await writeFile(browser.indexedDbDir, 'not a database');
});
afterAll(() => browser?.close());

const UNREADABLE =
  'Not protected: Prospect Guard cannot read its watchlist from this browser’s storage (UnknownError: Internal error opening backing store for indexedDB.open.).';

describe('storage that cannot be opened', () => {
  it('makes the popup say the page is not protected, and why', async () => {
    const { page } = await browser.openComposePage();
    const status = await browser.popupPageStatus(page);
    expect(status).toContain(UNREADABLE);
    expect(status).not.toMatch(/(^|\s)Protected\./);
  });

  it('answers a new tab’s request for protection with none, and the reason, rather than an error', async () => {
    const protection = await browser.background<PageProtection>({ type: 'page:protection', url: 'https://mail.example.com/' });
    expect({ active: protection.active, fault: protection.fault }).toEqual({
      active: false,
      fault: { kind: 'unavailable', detail: 'UnknownError: Internal error opening backing store for indexedDB.open.' },
    });
  });

  it('says it on the settings page too', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const problem = await options.locator('.storage-health').textContent();
    expect(problem).toContain('Prospect Guard cannot read its watchlist from this browser’s storage');
    expect(problem).toContain('so no page is protected');
    await options.close();
  });

  it('protects again once the storage can be opened', async () => {
    await rm(browser.indexedDbDir, { force: true });
    await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
    expect(await browser.cautionFor('Call Globex Industries back', 'Globex Industries')).toContain('open prospect');
    const { page } = await browser.openComposePage();
    await waitUntil(async () => (await browser.popupPageStatus(page)).includes('Protected.'), 'the popup to say “Protected.”');
  });
});
