// Storage that can still be read but not written: the profile lives on a small file system that
// is filled until a large write no longer fits (a real ENOSPC). What is saved keeps protecting; the
// popup and the settings page say changes cannot be saved, and why; once space returns and a
// write succeeds, the popup says "Protected." again.
// The large write is a team list: Chromium keeps a value over 64 KB as a file of its own, and a
// full disk fails that file cleanly. Many small records (an import) fill the database's log
// instead, and Chromium can then not even reopen it: that is storage-unreadable.e2e.ts's case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { launchFaultBrowser, type FaultBrowser } from './fault-browser';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from './small-disk';
import { waitUntil } from '../support/wait-until';
import { makePublisher } from '../../unit/team-delivery/support/signed-lists';

let disk: SmallDisk;
let browser: FaultBrowser;

// Mounting a file system needs root with CAP_SYS_ADMIN, which a container may not grant.
const unavailable = await smallDiskUnavailable();
if (unavailable) console.warn(`Skipping the full-disk tests: this machine cannot mount a small disk (${unavailable}).`);

beforeAll(async () => {
  if (unavailable) return;
  disk = await mountSmallDisk(96);
  browser = await launchFaultBrowser({ profileDir: disk.dir });
  await browser.background({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
  await disk.fillLeaving(512 * 1024);
});
afterAll(async () => {
  await browser?.close();
  await disk?.unmount();
});

const publisher = makePublisher();
/** A team list of 40,000 prospects whose names do not compress: its saved copy is about 3 MB. */
const largeTeamList = () =>
  publisher.list({ kind: 'plain', version: 1, prospects: Array.from({ length: 40_000 }, () => randomBytes(40).toString('base64')) });

const WRITE_REFUSED =
  'Changes cannot be saved: the browser refused to write them (DataError: Failed to write blobs (IOError)); the disk may be full or the storage read-only.';

describe.skipIf(unavailable !== null)('a disk with room to read but not to write (skipped where a tmpfs cannot be mounted)', () => {
  it('refuses a team list that does not fit with a sentence, and leaves the saved list as it was', async () => {
    await expect(
      browser.background({ type: 'team-lists:import', fileName: 'sales-emea.json', text: largeTeamList(), publicKey: publisher.publicKey }),
    ).rejects.toThrow(/could not complete the “team-lists:import” request: Failed to write blobs \(IOError\)/);
    expect(await browser.background({ type: 'team-lists:list' })).toMatchObject({ lists: [] });
    const names = (await browser.background<{ name: string }[]>({ type: 'entries:list' })).map((entry) => entry.name);
    expect(names).toEqual(['Acme Robotics']);
  });

  it('makes the popup say the page is protected by what is saved, and that changes cannot be saved', async () => {
    const { page } = await browser.openComposePage();
    const status = await browser.popupPageStatus(page);
    expect(status).toContain('Protected by the prospects already saved.');
    expect(status).toContain(WRITE_REFUSED);
    expect(status).not.toMatch(/Not protected/);
  });

  it('still gives a tab its caution for a saved prospect', async () => {
    expect(await browser.cautionFor('Lunch with Acme Robotics on Friday', 'Acme Robotics')).toContain('open prospect');
  });

  it('says it on the settings page too', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const problem = await options.locator('.storage-health').textContent();
    expect(problem).toContain(
      `Every prospect already saved still protects, but changes cannot be saved: ${WRITE_REFUSED.slice('Changes cannot be saved: '.length)}`,
    );
    await options.close();
  });

  it('says "Protected." again once space returns and a change is saved', async () => {
    await disk.free();
    await browser.background({ type: 'entries:add', entry: { name: 'Globex Industries' } });
    expect(await browser.cautionFor('Call Globex Industries back', 'Globex Industries')).toContain('open prospect');
    const { page } = await browser.openComposePage();
    const status = await waitUntil(async () => {
      const said = await browser.popupPageStatus(page);
      return /(^|\s)Protected\./.test(said) && said;
    }, 'the popup to say “Protected.”');
    expect(status).not.toContain('Changes cannot be saved');
  });
});
