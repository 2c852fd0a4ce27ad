import { describe, expect, it } from 'vitest';
import { coalesce, pushProtectionToTabs } from '../../../utils/background/tab-push';
import type { PageProtection, TabPush } from '../../../utils/model/messages';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';

const protectionFor = async (url: string): Promise<PageProtection> => ({
  active: !url.includes('quiet'),
  compiled: { for: url },
  revision: 4,
  salesTeam: { emails: [], domains: [], channels: [] },
});

describe('pushing protection to tabs', () => {
  it('sends each tab the protection for its own page, and skips tabs no content script of ours reported', async () => {
    const sent: [number, TabPush][] = [];
    const reported: Record<number, string> = { 3: 'https://quiet.example.com/' };
    const delivered = await pushProtectionToTabs({
      tabs: [{ id: 1, url: 'https://mail.example.com/' }, { id: 2 }, { id: 3 }, {}],
      reportedUrlOf: async (tabId) => reported[tabId],
      protectionFor,
      send: async (tabId, message) => {
        sent.push([tabId, message]);
      },
    });
    expect(delivered).toBe(2);
    expect(sent).toEqual([
      [1, { type: 'protection:update', protection: await protectionFor('https://mail.example.com/') }],
      [3, { type: 'protection:update', protection: await protectionFor('https://quiet.example.com/') }],
    ]);
  });

  it('ignores tabs that do not answer', async () => {
    const delivered = await pushProtectionToTabs({
      tabs: [
        { id: 1, url: 'chrome://newtab/' },
        { id: 2, url: 'https://a.com/' },
      ],
      reportedUrlOf: async () => undefined,
      protectionFor,
      send: async (tabId) => {
        if (tabId === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    expect(delivered).toBe(1);
  });
});

describe('coalescing pushes', () => {
  it('runs once more after the current run when asked during it, however many times', async () => {
    const runs: number[] = [];
    let release: () => void = () => undefined;
    let calls = 0;
    const push = coalesce(async () => {
      const call = ++calls;
      runs.push(call);
      if (call === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = push();
    void push();
    void push();
    void push();
    release();
    await first;
    expect(runs).toEqual([1, 2]);
    await push();
    expect(runs).toEqual([1, 2, 3]);
  });

  it('keeps going after a failed run', async () => {
    let calls = 0;
    const push = coalesce(async () => {
      calls++;
      throw new Error('tabs unavailable');
    });
    await push();
    await push();
    expect(calls).toBe(2);
  });
});

describe('the tab registry', () => {
  it('keeps a tab’s page and editor apart, forgets a closed tab, and can forget every editor', async () => {
    const area = createMemorySessionArea();
    const registry = createTabRegistry(area);
    const sighting = { url: 'https://a.com/', adapter: 'generic', editor: 'textarea', at: 1 };
    await Promise.all([registry.notePage(1, 'https://a.com/'), registry.noteEditor(1, sighting), registry.notePage(2, 'https://b.com/')]);
    expect(await registry.get(1)).toEqual({ pageUrl: 'https://a.com/', editor: sighting });
    await registry.forget(1);
    expect(await registry.get(1)).toEqual({});
    await registry.noteEditor(2, sighting);
    await area.set({ unrelated: true });
    await registry.forgetEditors();
    expect(await area.get(null)).toEqual({ unrelated: true, 'tab:2:page': 'https://b.com/' });
  });
});
