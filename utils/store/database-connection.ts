// The background's one connection to the database, kept usable through faults: a connection the
// browser closes (site data cleared), or one another context needs closed (a delete or an upgrade
// elsewhere), is let go and opened again by the next request; a database that cannot be opened is
// reported as a StorageFault rather than left to fail silently.
import { wrap } from 'idb';
import { DATABASE_VERSION, openWatchlistDatabase, type OpenOptions, type WatchlistDb } from './database';
import type { StorageFault } from '../model/storage-faults';

/** A request that needed the database while it could not be opened. */
export class StorageFaultError extends Error {
  override readonly name = 'StorageFaultError';
  constructor(readonly fault: StorageFault) {
    super(
      fault.kind === 'newer-version'
        ? `The watchlist was saved by a newer version of Prospect Guard (${fault.detail}); update the extension to use it.`
        : `Prospect Guard cannot open its storage in this browser (${fault.detail}).`,
    );
  }
}

export interface DatabaseConnection {
  /**
   * Runs `work` with an open database, opening it first when needed. If the connection turns out
   * to be closing under it (the browser's close event not yet delivered), runs it once more on a
   * new connection: a closing connection commits nothing, so nothing is done twice.
   */
  use<T>(work: (db: WatchlistDb) => Promise<T>): Promise<T>;
}

export interface ConnectionOptions extends OpenOptions {
  /** Called when the connection is let go: anything read through it may no longer be true. */
  onLost?: () => void;
  /**
   * Called when a database is open again after it was lost or could not be opened: what was read
   * before may be gone (site data cleared), so caches are dropped and tabs told.
   */
  onReopened?: () => void;
  /**
   * Called when the browser aborts a write with an error (a full disk, a failed commit), with the
   * transaction's own error: the request that failed only says "AbortError", this says why.
   */
  onWriteAborted?: (error: DOMException) => void;
}

export function createDatabaseConnection({ onLost, onReopened, onWriteAborted, ...open }: ConnectionOptions): DatabaseConnection {
  let current: Promise<WatchlistDb> | null = null;
  /** True once a connection was lost or an open failed: the next successful open is a reopen. */
  let interrupted = false;

  function letGo(db: WatchlistDb, pending: Promise<WatchlistDb>): void {
    if (current !== pending) return;
    current = null;
    interrupted = true;
    db.close();
    onLost?.();
  }

  function connect(): Promise<WatchlistDb> {
    if (current) return current;
    // Started inside a promise so a factory that throws (storage switched off) is a fault too.
    const pending = Promise.resolve()
      .then(() => openWatchlistDatabase(open))
      .then(
        (db) => {
          // Another context deletes or upgrades the database: step aside, or it waits for us forever.
          db.addEventListener('versionchange', () => letGo(db, pending));
          // The browser closed it (site data cleared, storage failure): the next request reopens.
          db.addEventListener('close', () => letGo(db, pending));
          // A failed write's request errors and its transaction's abort reach the connection. When
          // storage fails, the transaction's error is set before either fires; one aborted by our
          // own code has none.
          const noted = new WeakSet<IDBTransaction>();
          const noteWriteFailure = (tx: IDBTransaction | null) => {
            if (tx?.mode !== 'readwrite') return;
            // The repository reports the failure through its request and may never await `done`.
            wrap(tx).done.catch(() => undefined);
            if (!tx.error || noted.has(tx)) return;
            noted.add(tx);
            // A key already taken is our code's mistake, not storage refusing to write.
            if (tx.error.name !== 'ConstraintError') onWriteAborted?.(tx.error);
          };
          db.addEventListener('error', (event) => noteWriteFailure((event.target as IDBRequest).transaction), { capture: true });
          db.addEventListener('abort', (event) => noteWriteFailure(event.target as IDBTransaction));
          if (interrupted) {
            interrupted = false;
            // After the connection is in place, so work started by the callback reuses it.
            queueMicrotask(() => onReopened?.());
          }
          return db;
        },
        (error: unknown) => {
          if (current === pending) current = null;
          interrupted = true;
          throw new StorageFaultError(faultOf(error));
        },
      );
    current = pending;
    return pending;
  }

  return {
    async use(work) {
      const pending = connect();
      const db = await pending;
      try {
        return await work(db);
      } catch (error) {
        if (!isClosingConnection(error)) throw error;
        letGo(db, pending);
        return work(await connect());
      }
    },
  };
}

/** What went wrong opening the database, in terms a person can act on. */
export function faultOf(error: unknown): StorageFault {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const detail = name && !message.startsWith(name) ? `${name}: ${message}` : message;
  if (name === 'VersionError') return { kind: 'newer-version', knownVersion: DATABASE_VERSION, detail };
  return { kind: 'unavailable', detail };
}

// Chromium and the spec throw InvalidStateError from transaction() once a connection is closing.
function isClosingConnection(error: unknown): boolean {
  return error instanceof Error && error.name === 'InvalidStateError';
}
