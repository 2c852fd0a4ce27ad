import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchlistDb } from '../../../utils/store/database';
import { appendActivity, clearActivity, listActivity } from '../../../utils/store/activity-log-repository';
import type { ActivityRecord } from '../../../utils/model/messages';
import { openTestDatabase } from './fixtures/test-database';

const record = (at: number): ActivityRecord => ({ at, site: 'mail.google.com', entryIds: ['e1'], entryNames: ['Acme'], choice: 'shown' });

let db: WatchlistDb;
beforeEach(async () => {
  db = await openTestDatabase();
});

describe('the activity log', () => {
  it('keeps records in the order they happened', async () => {
    for (const at of [3, 1, 2]) await appendActivity(db, record(at));
    expect((await listActivity(db)).map((item) => item.at)).toEqual([3, 1, 2]);
  });

  it.each([
    [5, 3, [3, 4, 5]],
    [3, 3, [1, 2, 3]],
    [2, 3, [1, 2]],
  ])('after %i records with a cap of %i, keeps the newest: %j', async (count, cap, kept) => {
    for (let at = 1; at <= count; at++) await appendActivity(db, record(at), cap);
    expect((await listActivity(db)).map((item) => item.at)).toEqual(kept);
  });

  it('lists only records at or after a time', async () => {
    for (const at of [10, 20, 30]) await appendActivity(db, record(at));
    expect((await listActivity(db, 20)).map((item) => item.at)).toEqual([20, 30]);
  });

  it('clears every record', async () => {
    await appendActivity(db, record(1));
    await clearActivity(db);
    expect(await listActivity(db)).toEqual([]);
  });
});
