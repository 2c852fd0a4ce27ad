// A large compiled matcher reaches a tab in chunks (one message of several MB is deserialised in
// one long task): the tab is told how many, asks for each, and joins them into the very form.
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '../../../utils/background/service';
import {
  chunksOf,
  compiledFromChunks,
  compileMatcher,
  matcherFromCompiled,
  withPartStamps,
  type CompiledChunk,
  type CompiledMatcher,
} from '../../../utils/matcher/matcher';
import type { ChunkedDelivery, PageProtection } from '../../../utils/model/messages';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

const TAB = { origin: 'content-script', tabId: 1, frameId: 0 } as const;
const URL = 'https://mail.example.com/';
let service: BackgroundService;

beforeEach(() => {
  service = createBackgroundService({
    database: { factory: new IDBFactory() },
    compile: (entries, now) => withPartStamps(compileMatcher(entries, { now })),
    // Small chunks, so that a list of a few hundred entries is delivered in chunks.
    chunk: (compiled) => chunksOf(compiled as CompiledMatcher, 2_000),
    tabs: createTabRegistry(createMemorySessionArea()),
    now: () => new Date(2026, 11, 5, 12),
  });
});

const addProspects = (names: string[]) =>
  service.handle(
    {
      type: 'entries:import',
      fileName: 'list.json',
      text: JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: names.map((name) => ({ name, status: 'open' })) }),
    },
    { origin: 'extension-page' },
  );
const protection = async () =>
  JSON.parse(JSON.stringify(await service.handle({ type: 'page:protection', url: URL }, TAB))) as PageProtection;
const chunk = (delivery: string, index: number) => service.handle({ type: 'page:protection-chunk', delivery, index }, TAB);

describe('a large compiled matcher, delivered in chunks', () => {
  const names = Array.from({ length: 400 }, (_, index) => `Prospect Number ${index} Holdings`);

  it('tells the tab how many chunks, which it asks for and joins into a matcher that finds every prospect', async () => {
    await addProspects(names);
    const { delivery, chunks } = (await protection()).compiled as ChunkedDelivery;
    expect(chunks).toBeGreaterThan(5);
    const parts = await Promise.all(Array.from({ length: chunks }, (_, index) => chunk(delivery, index)));
    for (const part of parts) expect(JSON.stringify(part).length).toBeLessThan(4_000);
    const matcher = matcherFromCompiled(compiledFromChunks(JSON.parse(JSON.stringify(parts)) as CompiledChunk[]));
    expect(matcher.scan('Call Prospect Number 0 Holdings and Prospect Number 399 Holdings')).toHaveLength(2);
  });

  it('refuses the chunks of a form that has changed since, and of none', async () => {
    await addProspects(names);
    const { delivery } = (await protection()).compiled as ChunkedDelivery;
    await addProspects(['Quillfeather Orbital']);
    await expect(chunk(delivery, 0)).rejects.toThrow(/has changed since/);
    const newer = (await protection()).compiled as ChunkedDelivery;
    await expect(chunk(newer.delivery, newer.chunks)).rejects.toThrow(new RegExp(`no chunk ${newer.chunks}`));
  });

  it('sends a small form whole', async () => {
    await addProspects(names.slice(0, 2));
    expect(((await protection()).compiled as CompiledMatcher).ids).toHaveLength(2);
  });
});
