// A database saved by a newer Prospect Guard (what an older build finds after a downgrade) is
// refused with a message in the popup and on the settings page, and nothing in it is destroyed.
// Here another page of the extension upgrades the database to a version this build does not know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_VERSION } from '../../../utils/store/database';
import { launchFaultBrowser, type FaultBrowser } from './fault-browser';

let browser: FaultBrowser;
// One past the version this build writes.
const NEWER_VERSION = DATABASE_VERSION + 1;

beforeAll(async () => {
  browser = await launchFaultBrowser();
  await browser.background({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
  await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
  const outcome = await browser.extensionPage.evaluate(
    (version) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('prospect-guard', version);
        open.onupgradeneeded = () => open.result.createObjectStore('from-the-future');
        open.onsuccess = () => {
          open.result.close();
          resolve('upgraded');
        };
        open.onerror = () => resolve(`failed: ${open.error?.message}`);
        // Blocked means the background kept its connection: the upgrade would wait forever.
        open.onblocked = () => setTimeout(() => resolve('blocked by an open connection'), 2_000);
      }),
    NEWER_VERSION,
  );
  expect(outcome).toBe('upgraded');
});
afterAll(() => browser?.close());

describe('a database saved by a newer version', () => {
  it('makes the popup say the page is not protected, and why', async () => {
    const { page } = await browser.openComposePage();
    const status = await browser.popupPageStatus(page);
    expect(status).toContain('Not protected: the watchlist was saved by a newer version of Prospect Guard, which this version cannot read');
    expect(status).toContain('Install the latest version; nothing has been deleted.');
  });

  it('is explained on the settings page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const problem = await options.locator('.storage-health').textContent();
    expect(problem).toContain('The watchlist was saved by a newer version of Prospect Guard, which this version cannot read');
    expect(problem).toContain('so no page is protected');
    await options.close();
  });

  it('is left intact: every entry is still in it', async () => {
    const stored = await browser.extensionPage.evaluate(
      () =>
        new Promise<{ version: number; names: string[] }>((resolve, reject) => {
          const open = indexedDB.open('prospect-guard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction('entries').objectStore('entries').getAll();
            read.onsuccess = () => {
              db.close();
              resolve({ version: db.version, names: (read.result as { name: string }[]).map((entry) => entry.name).sort() });
            };
          };
        }),
    );
    expect(stored).toEqual({ version: NEWER_VERSION, names: ['Acme Robotics', 'Globex Industries'] });
  });
});
