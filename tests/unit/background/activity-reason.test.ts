// The reason a person gives for "Send anyway" is kept with that record in the activity log, and
// only there; anything else is refused with a sentence.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService, type RequestSender } from '../../../utils/background/service';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import type { ActivityRecord } from '../../../utils/model/messages';

const inTab: RequestSender = { origin: 'content-script', tabId: 1, frameId: 0 };
let service: BackgroundService;

beforeEach(() => {
  let nextId = 0;
  service = createBackgroundService({
    database: { factory: new IDBFactory() },
    compile: (entries) => ({ entries }),
    tabs: createTabRegistry(createMemorySessionArea()),
    now: () => new Date('2026-11-27T09:00:00Z'),
    newId: () => `id-${++nextId}`,
    onProtectionChanged: () => {},
  });
});

const base = { site: 'mail.example.com', entryIds: ['a'], entryNames: ['Acme'] };
const record = (extra: object) => service.handle({ type: 'activity:record', record: { ...base, ...extra } }, inTab);
const list = () => service.handle({ type: 'activity:list' }, { origin: 'extension-page' }) as Promise<ActivityRecord[]>;

describe('the reason for a send anyway', () => {
  it.each(['on-the-deal', 'deal-public', 'not-this-company', 'other'])('keeps “%s” with the send-anyway record', async (reason) => {
    await record({ choice: 'sent-anyway', reason });
    expect(await list()).toEqual([{ ...base, choice: 'sent-anyway', reason, at: Date.parse('2026-11-27T09:00:00Z') }]);
  });

  it('records a send anyway without a reason as before', async () => {
    await record({ choice: 'sent-anyway' });
    expect((await list())[0]).not.toHaveProperty('reason');
  });

  it('drops a reason sent with any other choice', async () => {
    await record({ choice: 'reviewed', reason: 'deal-public' });
    expect((await list())[0]).not.toHaveProperty('reason');
  });

  it('refuses an unknown reason with a sentence, and records nothing', async () => {
    await expect(record({ choice: 'sent-anyway', reason: 'because' })).rejects.toThrow(
      'The “activity:record” request is not valid: The reason must be on-the-deal, deal-public, not-this-company or other.',
    );
    expect(await list()).toEqual([]);
  });
});
