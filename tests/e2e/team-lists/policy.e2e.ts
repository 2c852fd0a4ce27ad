// The organisation's policy, for real: a Chromium policy file under /etc/chromium/policies/managed
// names our fixed extension id and a hashed team list on a real HTTP server on 127.0.0.1. A fresh
// browser follows it, cautions a hashed name "on the team list Sales EMEA", follows changes to the
// file while it runs, keeps protecting when the server fails, and holds no readable name of the
// list anywhere a page or a disk could show it. Every browser on the machine reads that folder:
// the e2e project runs one file at a time, and the file is removed when this one ends.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListServer, type ListServer } from '../../unit/team-delivery/support/list-server';
import { makePublisher, type Publisher } from '../../unit/team-delivery/support/signed-lists';
import { startHarness, type CautionUiReader, type Harness } from '../caution-harness';
import { waitUntil } from '../support/wait-until';

const EXTENSION_ID = 'bdcmljjgkihkelnjnbdkgopciaompeoe';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'prospect-guard-e2e.json');
const isRoot = process.getuid?.() === 0;
// Chromium notices a rewritten policy file in about 5 s; the fetch and the push come on top.
const POLICY_PICKUP_MS = 30_000;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>
<textarea id="area" rows="4" cols="60"></textarea></body></html>`;

// On the list, never typed anywhere in this file's browser: they must not be readable in it.
const NEVER_TYPED = ['Nordwind Logistics', 'Société Générale Assurances'];

interface TeamListStatus {
  id: string;
  name: string;
  origin: string;
  state: string;
  entryCount: number;
  version?: number;
}

let publisher: Publisher;
let listHost: ListServer;
let hostWithoutCors: ListServer;
let harness: Harness;
let page: Page;
let ui: CautionUiReader;

async function writePolicy(values: Record<string, unknown>): Promise<void> {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
}

const salesEmea = () => ({ id: 'sales-emea', name: 'Sales EMEA', url: listHost.url, publicKey: publisher.publicKey, refreshMinutes: 15 });

async function lists(): Promise<TeamListStatus[]> {
  return (await harness.background<{ lists: TeamListStatus[] }>({ type: 'team-lists:list' })).lists;
}

async function waitForList(id: string, matches: (status: TeamListStatus) => boolean, what: string): Promise<TeamListStatus> {
  return waitUntil(async () => (await lists()).find((status) => status.id === id && matches(status)), what, POLICY_PICKUP_MS);
}

/** Types `text` into an emptied textarea and returns the caution once it settles on `expected` (or nothing). */
async function typeAndReadCaution(text: string, expected: string | null): Promise<string> {
  await page.fill('#area', '');
  await page.click('#area');
  await page.keyboard.type(text);
  if (expected === null) {
    // A name typed next to it proves the page is scanned: its caution shows, the list's does not.
    return waitUntil(async () => {
      const caution = await ui.caution();
      return caution.includes('Own Prospect') ? caution : null;
    }, 'the caution on the personal prospect');
  }
  return waitUntil(async () => {
    const caution = await ui.caution();
    return caution.includes(expected) ? caution : null;
  }, `a caution showing “${expected}”`);
}

describe.skipIf(!isRoot)('team lists set by a Chromium policy file (skipped unless run as root: it writes /etc/chromium/policies)', () => {
  beforeAll(async () => {
    publisher = makePublisher();
    listHost = await startListServer({ cors: true });
    hostWithoutCors = await startListServer({ cors: false });
    listHost.serve(publisher.list({ version: 1, prospects: ['Acme Robotics', ...NEVER_TYPED] }));
    hostWithoutCors.serve(publisher.list({ id: 'sales-apac', name: 'Sales APAC', version: 1, prospects: ['Globex Industrie'] }));
    await writePolicy({ teamLists: [salesEmea()], lockSettings: true });
    harness = await startHarness({ '/': PAGE }, ['Own Prospect']);
    ({ page, ui } = await harness.open('/'));
  });

  afterAll(async () => {
    await rm(POLICY_FILE, { force: true });
    await harness?.close();
    await listHost?.close();
    await hostWithoutCors?.close();
  });

  it('a fresh browser takes the policy list and cautions a hashed name “on the team list Sales EMEA”, as typed', async () => {
    await waitForList('sales-emea', (status) => status.state === 'up-to-date', 'the policy list to arrive');
    const caution = await typeAndReadCaution('Lunch with ACME robotics on Friday', 'on the team list Sales EMEA');
    expect(caution).toContain('ACME robotics');
    expect(await page.inputValue('#area')).toBe('Lunch with ACME robotics on Friday');
  });

  it('settings show the list read-only: its source, entries, version and state, Refresh now and no Remove', async () => {
    const settings = await harness.context.newPage();
    await settings.goto(`chrome-extension://${EXTENSION_ID}/options.html#team-lists`);
    const row = settings.locator('tr[data-list-id="sales-emea"]');
    await row.waitFor();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 6).map((cell) => cell.split('\n')[0]!.trim())).toEqual([
      'Sales EMEA · hashed',
      'Organisation policy',
      '3',
      '1',
      expect.stringMatching(/\d{4}/),
      'Up to date',
    ]);
    expect(await row.getByRole('button', { name: /^Refresh now/ }).count()).toBe(1);
    expect(await row.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await settings.close();
  });

  it('follows a rewritten policy file while the browser runs: a second list arrives and protects', async () => {
    await writePolicy({
      teamLists: [salesEmea(), { id: 'sales-apac', name: 'Sales APAC', url: hostWithoutCors.url, publicKey: publisher.publicKey }],
      lockSettings: true,
    });
    const apac = await waitForList('sales-apac', (status) => status.state !== 'waiting', 'the new policy list to be fetched');
    // Its host sends no Access-Control-Allow-Origin, yet Chromium lets our service worker read it:
    // the content script's <all_urls> match counts as host access there (docs/team-list-delivery.md).
    expect(apac).toMatchObject({ origin: 'policy', state: 'up-to-date', entryCount: 1, version: 1 });
    expect(await typeAndReadCaution('Meeting Globex Industrie', 'on the team list Sales APAC')).toContain('Globex Industrie');
  });

  it('takes a new version on Refresh now: a won deal stops being cautioned, a new prospect starts', async () => {
    listHost.serve(publisher.list({ version: 2, prospects: ['Initech Systems', ...NEVER_TYPED] }));
    const settings = await harness.context.newPage();
    await settings.goto(`chrome-extension://${EXTENSION_ID}/options.html#team-lists`);
    await settings
      .locator('tr[data-list-id="sales-emea"]')
      .getByRole('button', { name: /^Refresh now/ })
      .click();
    await waitForList('sales-emea', (status) => status.version === 2, 'version 2');
    await settings.close();
    expect(await typeAndReadCaution('Call Initech Systems today', 'on the team list Sales EMEA')).toContain('Initech Systems');
    expect(await typeAndReadCaution('Acme Robotics and Own Prospect', null)).not.toContain('Acme Robotics');
  });

  it('keeps protecting with the last good copy when the server answers 500, and says the list is unreachable', async () => {
    listHost.fail(500);
    const status = await harness.background<TeamListStatus>({ type: 'team-lists:refresh', id: 'sales-emea' });
    expect(status).toMatchObject({ state: 'unreachable', version: 2 });
    expect(await typeAndReadCaution('Call Initech Systems again', 'on the team list Sales EMEA')).toContain('Initech Systems');
  });

  it('holds no name of the hashed list that was not typed: not in IndexedDB, storage areas, or the tab’s heap', async () => {
    const extensionPage = await harness.context.newPage();
    await extensionPage.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const stored = await extensionPage.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('prospect-guard');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of [...db.objectStoreNames]) {
        stores[name] = await new Promise((resolve) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
      const { storage } = (globalThis as unknown as { chrome: { storage: Record<string, { get(keys: null): Promise<unknown> }> } }).chrome;
      const areas: Record<string, unknown> = {};
      for (const area of ['local', 'session', 'sync', 'managed']) areas[area] = await storage[area]!.get(null).catch(() => ({}));
      return JSON.stringify({ stores, areas });
    });
    await extensionPage.close();
    // The dump is the real one: the list's copy and its policy are in it.
    expect(stored).toContain('sales-emea');
    expect(stored).toContain(listHost.url);

    const cdp = await harness.context.newCDPSession(page);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const heap = chunks.join('');
    await cdp.detach();
    // What was typed in this tab is in its heap: the search can find a name when one is there.
    expect(heap).toContain('Initech Systems');

    const words = NEVER_TYPED.flatMap((name) => [name, ...name.split(' ')]).concat(['societe generale', 'nordwind']);
    const found = (text: string) => words.filter((word) => text.toLowerCase().includes(word.toLowerCase()));
    expect({ storage: found(stored), heap: found(heap) }).toEqual({ storage: [], heap: [] });
  });

  it('drops the list when the policy file no longer names it', async () => {
    await writePolicy({});
    await waitUntil(async () => (await lists()).length === 0, 'the policy lists to go', POLICY_PICKUP_MS);
    expect(await typeAndReadCaution('Initech Systems and Own Prospect', null)).not.toContain('Initech Systems');
  });
});
