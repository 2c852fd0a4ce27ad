// What can be wrong with the stored watchlist, as the background reports it to the popup, the
// settings page and tabs. Types only, shared by the store and the message protocol.

/** Why the watchlist cannot be read at all. */
export type StorageFault =
  /** Saved by a newer Prospect Guard (a downgrade): refused, and left exactly as it is. */
  | { kind: 'newer-version'; knownVersion: number; detail: string }
  /** The browser could not open its storage (damaged profile, full disk, storage switched off). */
  | { kind: 'unavailable'; detail: string };

/** A stored record that is not a readable entry: left in place, not matched, reported. */
export interface UnreadableEntry {
  /** The record's key in the store. */
  key: string;
  /** Its name, when it has one that is text. */
  name?: string;
  /** The first field found wrong ("name", "aliases", "source.kind"…). */
  field: string;
  problem: 'missing' | 'invalid';
}

/** Keys of stored entries: ids are text, but a record from a buggy build may carry a number. */
export type EntryKey = string | number;

/**
 * Why changes cannot be saved while what is saved can still be read (a full disk, a write the
 * browser aborted, storage gone read-only): everything saved still protects, nothing new sticks.
 */
export interface WriteFault {
  /** 'no-room': the browser said it has no space left; 'refused': any other failed write. */
  kind: 'no-room' | 'refused';
  /** The browser's error, named: "QuotaExceededError: …". */
  detail: string;
  /** When the last write failed (ms since the epoch). */
  since: number;
}
