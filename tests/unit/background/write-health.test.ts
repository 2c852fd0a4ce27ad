// The write fault's lifetime: set by a write the storage refuses, kept until a later write or a
// probe succeeds, probed at most once a minute, and never set by a refused entry.
import { beforeEach, describe, expect, it } from 'vitest';
import { createWriteHealth, WRITE_PROBE_INTERVAL_MS, writeFaultOf, type WriteHealth } from '../../../utils/background/write-health';

class RefusedEntry extends Error {}
const diskFull = () => new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');

let clock: number;
let probeWorks: boolean;
let probes: number;
let health: WriteHealth;

beforeEach(() => {
  clock = 1_000_000;
  probeWorks = false;
  probes = 0;
  health = createWriteHealth({
    now: () => clock,
    probe: async () => {
      probes += 1;
      if (!probeWorks) throw diskFull();
    },
    isWriteFailure: (error) => !(error instanceof RefusedEntry),
  });
});

const failingWrite = (error: unknown) => health.track(() => Promise.reject(error)).catch(() => undefined);

describe('the write fault', () => {
  it('is absent while writes succeed', async () => {
    expect(await health.track(async () => 'saved')).toBe('saved');
    expect(await health.current()).toBeUndefined();
  });

  it('is set by a write the storage refuses, naming the error, and the error still reaches the caller', async () => {
    await expect(health.track(() => Promise.reject(diskFull()))).rejects.toThrow('disk full');
    expect(await health.current()).toEqual({
      kind: 'no-room',
      detail: 'QuotaExceededError: Encountered disk full while committing transaction.',
      since: clock,
    });
  });

  it('is not set by an entry refused for what it holds', async () => {
    await failingWrite(new RefusedEntry('“Acme” is already on the watchlist.'));
    expect(await health.current()).toBeUndefined();
  });

  it('is cleared by the next write that succeeds', async () => {
    await failingWrite(diskFull());
    await health.track(async () => undefined);
    expect(await health.current()).toBeUndefined();
  });

  it('is kept by a refused entry after it, which proves nothing about writing', async () => {
    await failingWrite(diskFull());
    await failingWrite(new RefusedEntry('duplicate'));
    expect(await health.current()).toMatchObject({ kind: 'no-room' });
  });

  it('is not probed within a minute of the failure', async () => {
    await failingWrite(diskFull());
    probeWorks = true;
    clock += WRITE_PROBE_INTERVAL_MS - 1;
    expect(await health.current()).toMatchObject({ kind: 'no-room' });
    expect(probes).toBe(0);
  });

  it('is cleared by a probe that succeeds a minute later (space was freed)', async () => {
    await failingWrite(diskFull());
    probeWorks = true;
    clock += WRITE_PROBE_INTERVAL_MS;
    expect(await health.current()).toBeUndefined();
    expect(probes).toBe(1);
  });

  it('is kept by a probe that fails, and the next probe waits another minute', async () => {
    await failingWrite(diskFull());
    clock += WRITE_PROBE_INTERVAL_MS;
    expect(await health.current()).toMatchObject({ kind: 'no-room', since: clock });
    clock += 1;
    await health.current();
    expect(probes).toBe(1);
  });

  it('shares one probe between requests that ask at once', async () => {
    await failingWrite(diskFull());
    probeWorks = true;
    clock += WRITE_PROBE_INTERVAL_MS;
    expect(await Promise.all([health.current(), health.current(), health.current()])).toEqual([undefined, undefined, undefined]);
    expect(probes).toBe(1);
  });

  it('keeps and rethrows the transaction’s own error over the bare AbortError its request gave', async () => {
    const write = health.track(async () => {
      // The browser aborts the transaction: its error says why, the request only that it aborted.
      health.aborted(diskFull());
      throw new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
    });
    await expect(write).rejects.toThrow('Encountered disk full while committing transaction.');
    expect(await health.current()).toMatchObject({ kind: 'no-room', detail: expect.stringContaining('disk full') });
  });

  it('is set by a bare AbortError when nothing said more', async () => {
    await failingWrite(new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError'));
    expect(await health.current()).toMatchObject({
      kind: 'refused',
      detail: 'AbortError: The transaction was aborted, so the request cannot be fulfilled.',
    });
  });
});

describe('writeFaultOf', () => {
  it.each([
    ['a quota error', new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError'), 'no-room'],
    ['a quota error without a message', new DOMException('', 'QuotaExceededError'), 'no-room'],
    ['a blob write that failed', new DOMException('Failed to write blobs (IOError)', 'DataError'), 'refused'],
    ['an unknown error', new DOMException('Internal error committing transaction.', 'UnknownError'), 'refused'],
  ])('tells %s apart', (_case, error, kind) => {
    expect(writeFaultOf(error, 5).kind).toBe(kind);
  });

  it('names the error when the message does not', () => {
    expect(writeFaultOf(new DOMException('', 'QuotaExceededError'), 5).detail).toBe('QuotaExceededError');
    expect(writeFaultOf(new Error('disk gone'), 5).detail).toBe('disk gone');
  });
});
