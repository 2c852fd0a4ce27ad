// The background when storage fails: a bad record is skipped and reported, a newer version or
// storage that cannot be opened is said to tabs and the popup instead of "Protected".
import 'fake-indexeddb/auto';
import { IDBFactory, IDBTransaction } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '../../../utils/background/service';
import { createMemorySessionArea, createTabRegistry } from '../../../utils/background/tab-registry';
import type { MatchableEntry } from '../../../utils/model/watchlist';
import type { PageProtection, StorageStatus, TabStatus } from '../../../utils/model/messages';
import { DATABASE_NAME, DATABASE_VERSION } from '../../../utils/store/database';

let factory: IDBFactory;
let service: BackgroundService;
const ask = <T>(message: unknown) => service.handle(message, { origin: 'extension-page' }) as Promise<T>;
const compiledNames = (protection: PageProtection) => (protection.compiled as MatchableEntry[]).map((entry) => entry.name);

function request<T>(open: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

beforeEach(async () => {
  factory = new IDBFactory();
  service = createBackgroundService({
    database: { factory },
    // The real matcher throws on an entry without a name, as one bad record once did to every tab.
    compile: (entries) =>
      entries.map((entry) => {
        if (typeof entry.name !== 'string') throw new TypeError('entry.name.trim is not a function');
        return entry;
      }),
    tabs: createTabRegistry(createMemorySessionArea()),
  });
  await ask({ type: 'entries:add', entry: { name: 'Acme Robotics' } });
});

async function writeRawEntry(record: object) {
  const db = await request(factory.open(DATABASE_NAME));
  await request(db.transaction('entries', 'readwrite').objectStore('entries').put(record));
  db.close();
}

describe('a malformed stored entry', () => {
  beforeEach(async () => {
    await writeRawEntry({ id: 'legacy-1', name: 42, status: 'open', source: { kind: 'own' }, createdAt: 1, updatedAt: 1 });
    // Any change makes the background read the list again.
    await ask({ type: 'entries:add', entry: { name: 'Globex' } });
  });

  it('is left out of what tabs match, and the others are in it', async () => {
    const protection = await service.protectionFor('https://mail.example.com/');
    expect(protection.active).toBe(true);
    expect(compiledNames(protection).sort()).toEqual(['Acme Robotics', 'Globex']);
  });

  it('is reported by storage:status and by each page of the list', async () => {
    const unreadable = [{ key: 'legacy-1', field: 'name', problem: 'invalid' }];
    expect(await ask<StorageStatus>({ type: 'storage:status' })).toEqual({ unreadable });
    expect(await ask({ type: 'entries:page', limit: 10 })).toMatchObject({ unreadable, next: null });
  });

  it('does not stop a new entry from being added or an import from being applied', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Initech' } });
    const file = JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: [{ name: 'Umbrella' }] });
    expect(await ask({ type: 'entries:import', fileName: 'a.json', text: file })).toMatchObject({ ok: true, added: 1 });
  });
});

describe('a database saved by a newer version', () => {
  beforeEach(async () => {
    const newer = factory.open(DATABASE_NAME, DATABASE_VERSION + 1);
    newer.onupgradeneeded = () => newer.result.createObjectStore('from-the-future');
    (await request(newer)).close();
  });

  it('gives tabs no protection and the reason', async () => {
    const protection = await service.protectionFor('https://mail.example.com/');
    expect(protection).toMatchObject({ active: false, fault: { kind: 'newer-version', knownVersion: DATABASE_VERSION } });
    expect(compiledNames(protection)).toEqual([]);
  });

  it('makes tab:status say why the page is not protected', async () => {
    const status = await ask<TabStatus>({ type: 'tab:status', tabId: 4, url: 'https://mail.example.com/' });
    expect(status).toMatchObject({ protected: false, reason: 'storage-newer-version', fault: { kind: 'newer-version' } });
  });

  it('refuses requests with a sentence naming the newer version', async () => {
    await expect(ask({ type: 'entries:page', limit: 10 })).rejects.toThrow(
      /could not complete the “entries:page” request: The watchlist was saved by a newer version of Prospect Guard \(VersionError/,
    );
  });
});

describe('storage that can be read but not written (a full disk)', () => {
  let clock: number;
  let refusing = false;
  /** fake-indexeddb's transaction internals this test drives, as the browser's commit would. */
  type FakeTransaction = IDBTransaction & {
    _state: string;
    _requests: { request: IDBRequest }[];
    _abort(errorName: string): void;
    _start(): void;
    error: DOMException | null;
  };
  const originalStart = (IDBTransaction.prototype as unknown as FakeTransaction)._start;

  /**
   * As Chromium does on a full disk: every request of a write succeeds, then the commit fails and
   * the transaction aborts with a QuotaExceededError. Reads are untouched.
   */
  function refuseWrites() {
    refusing = true;
    (IDBTransaction.prototype as unknown as FakeTransaction)._start = function (this: FakeTransaction) {
      const committing = this._state !== 'finished' && this._requests.every(({ request }) => request.readyState === 'done');
      if (refusing && this.mode === 'readwrite' && committing) {
        this._abort('QuotaExceededError');
        this.error = new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');
      }
      return originalStart.call(this);
    };
  }
  function acceptWrites() {
    refusing = false;
    (IDBTransaction.prototype as unknown as FakeTransaction)._start = originalStart;
  }

  beforeEach(() => {
    clock = Date.parse('2026-03-02T09:00:00Z');
    service = createBackgroundService({
      database: { factory },
      compile: (entries) => entries,
      tabs: createTabRegistry(createMemorySessionArea()),
      now: () => new Date(clock),
    });
    refuseWrites();
    return acceptWrites;
  });

  const status = () => ask<TabStatus>({ type: 'tab:status', tabId: 4, url: 'https://mail.example.com/' });
  const noRoom = {
    kind: 'no-room',
    detail: 'QuotaExceededError: Encountered disk full while committing transaction.',
  };

  it('refuses an add with a sentence saying there is no room, and adds nothing', async () => {
    await expect(ask({ type: 'entries:add', entry: { name: 'Globex' } })).rejects.toThrow(
      /could not complete the “entries:add” request: the browser has no room left to save Prospect Guard’s data/,
    );
    acceptWrites();
    expect(((await ask<{ name: string }[]>({ type: 'entries:list' })) ?? []).map((entry) => entry.name)).toEqual(['Acme Robotics']);
  });

  it('keeps the page protected by what is saved, and says changes cannot be saved', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex' } }).catch(() => undefined);
    expect(await status()).toMatchObject({ protected: true, writeFault: noRoom });
    expect(compiledNames(await service.protectionFor('https://mail.example.com/'))).toEqual(['Acme Robotics']);
    expect(await ask<StorageStatus>({ type: 'storage:status' })).toMatchObject({ writeFault: noRoom, unreadable: [] });
  });

  it('is noticed on a settings change too', async () => {
    const settings = await ask<object>({ type: 'settings:get' });
    await ask({ type: 'settings:set', settings: { ...settings, enabled: false } }).catch(() => undefined);
    expect(await status()).toMatchObject({ protected: true, writeFault: noRoom });
  });

  it.each([
    [
      'an import',
      {
        type: 'entries:import',
        fileName: 'a.json',
        text: JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: [{ name: 'Umbrella' }] }),
      },
    ],
    [
      'an activity record',
      {
        type: 'activity:record',
        record: { site: 'https://mail.example.com/', entryIds: ['x'], entryNames: ['Acme Robotics'], choice: 'shown' },
      },
    ],
  ])('is noticed on %s too', async (_case, message) => {
    await ask(message).catch(() => undefined);
    expect(await status()).toMatchObject({ protected: true, writeFault: noRoom });
  });

  it('is not set by a write that breaks a key rule, which is no storage refusal', async () => {
    acceptWrites();
    // Every new entry gets the same id: the second add hits the store's key (a ConstraintError).
    service = createBackgroundService({
      database: { factory },
      compile: (entries) => entries,
      tabs: createTabRegistry(createMemorySessionArea()),
      newId: () => 'the-same-id',
    });
    await ask({ type: 'entries:add', entry: { name: 'Globex' } });
    await expect(ask({ type: 'entries:add', entry: { name: 'Initech' } })).rejects.toThrow(/a constraint was not satisfied/);
    expect((await status()).writeFault).toBeUndefined();
  });

  it('is cleared by the next write that succeeds', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex' } }).catch(() => undefined);
    acceptWrites();
    await ask({ type: 'entries:add', entry: { name: 'Globex' } });
    const after = await status();
    expect(after.protected).toBe(true);
    expect(after.writeFault).toBeUndefined();
  });

  it('is cleared by a probe a minute later once space returns, without a change by the person', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex' } }).catch(() => undefined);
    acceptWrites();
    clock += 59_000;
    expect((await status()).writeFault).toMatchObject(noRoom);
    clock += 1_000;
    expect((await status()).writeFault).toBeUndefined();
  });

  it('is kept by a probe while the disk is still full', async () => {
    await ask({ type: 'entries:add', entry: { name: 'Globex' } }).catch(() => undefined);
    clock += 60_000;
    expect((await status()).writeFault).toMatchObject(noRoom);
  });
});
