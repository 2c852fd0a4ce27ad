// One stored record an older or buggy build wrote wrongly (here: no name, aliases as text instead
// of a list) is skipped and reported; it never switches protection off for the other prospects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFaultBrowser, type FaultBrowser } from './fault-browser';
import { waitUntil } from '../support/wait-until';

let browser: FaultBrowser;

beforeAll(async () => {
  browser = await launchFaultBrowser();
  await browser.background({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
  // Written straight into the extension's database, as a buggy build would have.
  await browser.extensionPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('prospect-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('entries', 'readwrite');
          tx.objectStore('entries').put({
            id: 'legacy-1',
            aliases: 'Initech',
            status: 'open',
            source: { kind: 'own' },
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // Any change makes the background read the whole list again, the bad record with it.
  await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
});
afterAll(() => browser?.close());

describe('a malformed stored entry', () => {
  it('leaves every other prospect protected in new tabs', async () => {
    expect(await browser.cautionFor('Lunch with Acme Robotics', 'Acme Robotics')).toContain('open prospect');
    expect(await browser.cautionFor('Call Globex Industries back', 'Globex Industries')).toContain('open prospect');
  });

  it('still lets the popup say the page is protected', async () => {
    const { page } = await browser.openComposePage();
    // The popup knows the page once the page's content script has asked for its protection.
    const status = await waitUntil(async () => {
      const text = await browser.popupPageStatus(page);
      return !text.includes('the browser does not let extensions read this kind of page') && text;
    }, 'the popup to know the page');
    expect(status).toMatch(/\sProtected\./);
  });

  it('is reported on the settings page, which lists the others', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const problem = await options.locator('.storage-health').textContent();
    expect(problem).toContain('1 entry could not be read and is not protecting:');
    expect(problem).toContain('The entry with id legacy-1: its “name” field is missing.');
    expect(await options.locator('.watchlist-table .entry-name').allInnerTexts()).toEqual(['Acme Robotics', 'Globex Industries']);
    await options.close();
  });
});
