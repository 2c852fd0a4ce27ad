// The background with the real matcher: what a tab receives finds open prospects, and only them.
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '../../../utils/background/service';
import { compileMatcher, matcherFromCompiled, type CompiledMatcher } from '../../../utils/matcher/matcher';
import type { PageProtection } from '../../../utils/model/messages';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

let service: BackgroundService;
let today: Date;

beforeEach(async () => {
  today = new Date(2026, 10, 27, 12);
  service = createBackgroundService({
    database: { factory: new IDBFactory() },
    compile: (entries, now) => compileMatcher(entries, { now }),
    tabs: createTabRegistry(createMemorySessionArea()),
    now: () => today,
  });
  const add = (entry: object) => service.handle({ type: 'entries:add', entry }, { origin: 'extension-page' });
  await add({ name: 'Acme Robotics', aliases: ['Acme'], note: 'Globex is our rival' });
  await add({ name: 'Initech', status: 'won' });
  await add({ name: 'Umbrella', guardUntil: '2026-11-27' });
});

// Tabs receive the payload through a JSON boundary.
async function namesFoundOnPage(text: string): Promise<string[]> {
  const protection = JSON.parse(
    JSON.stringify(
      await service.handle(
        { type: 'page:protection', url: 'https://mail.example.com/' },
        { origin: 'content-script', tabId: 1, frameId: 0 },
      ),
    ),
  ) as PageProtection;
  return matcherFromCompiled(protection.compiled as CompiledMatcher)
    .scan(text)
    .map((match) => match.term);
}

describe('what a tab receives', () => {
  it('finds open prospects, never won ones nor words from notes', async () => {
    expect(await namesFoundOnPage('Acme Robotics, Initech, Globex and Umbrella')).toEqual(['Acme Robotics', 'Umbrella']);
  });

  it('stops finding a prospect the day after its guard-until date, once the new day starts', async () => {
    expect(await namesFoundOnPage('Umbrella')).toEqual(['Umbrella']);
    today = new Date(2026, 10, 28, 0, 1);
    await service.startNewDay();
    expect(await namesFoundOnPage('Umbrella')).toEqual([]);
  });
});
