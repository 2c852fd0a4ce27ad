import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, DATABASE_VERSION, openWatchlistDatabase } from '../../../utils/store/database';
import { listEntries } from '../../../utils/store/entry-repository';
import { readSettings } from '../../../utils/store/settings-repository';
import { listActivity } from '../../../utils/store/activity-log-repository';
import { readRevision } from './fixtures/test-database';
import { listSources } from '../../../utils/store/list-source-repository';
import {
  buildDatabaseFromDump,
  loadFixture,
  readDatabaseShape,
  RELEASED_VERSIONS,
  shapeOf,
  type DatabaseDump,
} from './fixtures/database-dump';

function recordsOf(dump: DatabaseDump, storeName: string) {
  return dump.stores.find((store) => store.name === storeName)!.records;
}

describe('the watchlist database', () => {
  it('has a fixture for every released version up to the current one', () => {
    expect(RELEASED_VERSIONS.at(-1)).toBe(DATABASE_VERSION);
  });

  it('is created fresh in exactly the shape of the current version’s fixture', async () => {
    // If this fails, a released version was changed: add a new version and a new fixture instead.
    const factory = new IDBFactory();
    (await openWatchlistDatabase({ factory })).close();
    const fixture = await loadFixture(DATABASE_VERSION);
    expect(await readDatabaseShape(factory, DATABASE_NAME)).toEqual(shapeOf(fixture));
  });

  it.each(RELEASED_VERSIONS)('opens a version %i database with today’s code and finds every record intact', async (version) => {
    const factory = new IDBFactory();
    const fixture = await loadFixture(version);
    await buildDatabaseFromDump(factory, fixture);

    const db = await openWatchlistDatabase({ factory });
    expect(db.version).toBe(DATABASE_VERSION);

    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const fixtureEntries = recordsOf(fixture, 'entries').map((record) => record.value as { id: string });
    expect((await listEntries(db)).sort(byId)).toEqual(fixtureEntries.sort(byId));
    expect(await readSettings(db)).toEqual(recordsOf(fixture, 'settings')[0]!.value);
    expect(await listActivity(db)).toEqual(recordsOf(fixture, 'activity').map((record) => record.value));
    expect(await readRevision(db)).toBe(recordsOf(fixture, 'meta')[0]!.value);
    // Team list sources arrived with version 2; a version 1 database starts with none.
    const fixtureSources = fixture.stores.some((store) => store.name === 'listSources')
      ? recordsOf(fixture, 'listSources').map((record) => record.value as { id: string })
      : [];
    expect((await listSources(db)).sort(byId)).toEqual(fixtureSources.sort(byId));
    db.close();
  });

  it('keeps databases from separate factories apart', async () => {
    const first = await openWatchlistDatabase({ factory: new IDBFactory() });
    const second = await openWatchlistDatabase({ factory: new IDBFactory() });
    await first.put('meta', 5, 'revision');
    expect(await readRevision(second)).toBe(0);
    first.close();
    second.close();
  });
});
