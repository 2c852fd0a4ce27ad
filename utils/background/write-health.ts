// Whether the watchlist can still be written, as the last write said: a failed write (a full disk,
// an aborted transaction, storage gone read-only) is kept as a WriteFault until a later write
// succeeds, so the popup and the settings page can say so before the person's next change fails.
import type { WriteFault } from '../model/storage-faults';

/** At most one probe a minute: cheap, and soon enough to see freed space. */
export const WRITE_PROBE_INTERVAL_MS = 60_000;

export interface WriteHealthOptions {
  now: () => number;
  /** One tiny real write (utils/store/write-probe.ts); rejects when the storage refuses it. */
  probe: () => Promise<void>;
  /** False for errors that say nothing about writing: a refused entry, a database that cannot open. */
  isWriteFailure: (error: unknown) => boolean;
}

export interface WriteHealth {
  /**
   * Runs one write: its success clears the fault, its storage failure sets it. Rethrows, giving
   * the transaction's own error in place of a bare AbortError when the browser said more.
   */
  track<T>(write: () => Promise<T>): Promise<T>;
  /** The fault, after one probe when the last try failed a minute or more ago. */
  current(): Promise<WriteFault | undefined>;
  /** A write the browser aborted, with the transaction's own error (it says why). */
  aborted(error: unknown): void;
}

export function createWriteHealth({ now, probe, isWriteFailure }: WriteHealthOptions): WriteHealth {
  let fault: WriteFault | undefined;
  /** When a write last failed or a probe was last tried: the next probe waits a minute from there. */
  let lastFailure = 0;
  let probing: Promise<void> | null = null;
  /** Counts failures, so a write can tell whether its transaction's abort was already noted. */
  let failures = 0;
  let lastError: unknown;

  function failed(error: unknown): void {
    failures += 1;
    lastError = error;
    lastFailure = now();
    fault = writeFaultOf(error, lastFailure);
  }

  async function track<T>(write: () => Promise<T>): Promise<T> {
    const failuresBefore = failures;
    try {
      const result = await write();
      fault = undefined;
      return result;
    } catch (error) {
      // A bare AbortError says less than the transaction's error: keep that one when it came first.
      // The caller gets that one too, so its sentence can say "no room left".
      if (isAbortError(error) && failures !== failuresBefore) throw lastError;
      if (isWriteFailure(error)) failed(error);
      throw error;
    }
  }

  return {
    track,
    aborted: failed,
    async current() {
      if (!probing && fault && now() - lastFailure >= WRITE_PROBE_INTERVAL_MS) {
        // Counted from the try, so storage that cannot even open is not probed on every request.
        lastFailure = now();
        probing = track(probe)
          .catch(() => undefined)
          .finally(() => {
            probing = null;
          });
      }
      // Requests that ask while a probe runs wait for its answer.
      if (probing) await probing;
      return fault;
    },
  };
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The failed write in words the popup can use: a full disk is told apart from other refusals. */
export function writeFaultOf(error: unknown, since: number): WriteFault {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const named = name && name !== 'Error' && !message.startsWith(name);
  const detail = named ? (message ? `${name}: ${message}` : name) : message;
  // Chromium reports a full disk as QuotaExceededError ("Encountered disk full while committing").
  const noRoom = name === 'QuotaExceededError' || /disk full|no space|quota/i.test(message);
  return { kind: noRoom ? 'no-room' : 'refused', detail, since };
}
