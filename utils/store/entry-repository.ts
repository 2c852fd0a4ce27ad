// Reads and writes prospect entries. Every write is one transaction that also moves the
// watchlist revision, so a change and its revision commit together or not at all.
import * as v from 'valibot';
import type { EntrySource, ProspectEntry } from '../model/watchlist';
import type { WatchlistDb } from './database';
import { entryKey } from '../model/entry-identity';
import { canonicalFields, EntryChangesSchema, EntryFieldsSchema, firstIssueMessage, type EntryFields } from '../model/entry-rules';
import type { ImportedEntry } from '../watchlist-files/import-error';
import { planImport, type ImportPlan } from '../watchlist-files/import-planner';
import { bumpRevisionIn } from './revision';
import { readableEntries } from './stored-entry';

export interface WriteContext {
  now: () => number;
  newId: () => string;
}

export const defaultWriteContext: WriteContext = { now: () => Date.now(), newId: () => crypto.randomUUID() };

/** A problem with what a person asked for; its message is the sentence to show them. */
export class EntryError extends Error {
  override readonly name = 'EntryError';
}

/** Every readable entry; records that are not (see stored-entry.ts) are left out. */
export async function listEntries(db: WatchlistDb): Promise<ProspectEntry[]> {
  return readableEntries(await db.getAll('entries')).entries;
}

/** The readable entries of a store inside a caller's transaction: unreadable ones can match nothing. */
async function readableIn(store: { getAll(): Promise<unknown[]> }): Promise<ProspectEntry[]> {
  return readableEntries(await store.getAll()).entries;
}

export async function addEntry(db: WatchlistDb, input: unknown, context = defaultWriteContext): Promise<ProspectEntry> {
  const parsed = v.safeParse(EntryFieldsSchema, input);
  if (!parsed.success) throw new EntryError(firstIssueMessage(parsed.issues));
  const source: EntrySource = { kind: 'own' };
  const now = context.now();
  const entry: ProspectEntry = { ...canonicalFields(parsed.output), id: context.newId(), source, createdAt: now, updatedAt: now };

  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const entries = tx.objectStore('entries');
  const duplicate = findSameProspect(await readableIn(entries), entry);
  if (duplicate) {
    await abandon(tx);
    throw new EntryError(`“${duplicate.name}” is already on the watchlist; edit that entry instead.`);
  }
  await entries.add(entry);
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
  return entry;
}

export async function updateEntry(db: WatchlistDb, id: string, changes: unknown, context = defaultWriteContext): Promise<ProspectEntry> {
  const parsed = v.safeParse(EntryChangesSchema, changes);
  if (!parsed.success) throw new EntryError(firstIssueMessage(parsed.issues));
  const { guardUntil, note, ...rest } = parsed.output;

  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const entries = tx.objectStore('entries');
  const current = await entries.get(id);
  const fail = async (message: string): Promise<never> => {
    await abandon(tx);
    throw new EntryError(message);
  };
  if (!current) return fail('That prospect is no longer on the watchlist; it may have been deleted in another window.');

  const fields: EntryFields = { ...current, ...definedOnly(rest) };
  // Empty string or null clears (undefined cannot cross the message boundary).
  if (guardUntil !== undefined) fields.guardUntil = guardUntil || undefined;
  if (note !== undefined) fields.note = note || undefined;
  const updated: ProspectEntry = {
    ...canonicalFields(fields),
    id: current.id,
    source: current.source,
    createdAt: current.createdAt,
    updatedAt: context.now(),
  };
  if (rest.name !== undefined) {
    const duplicate = findSameProspect(await readableIn(entries), updated);
    if (duplicate && duplicate.id !== id)
      return fail(`“${duplicate.name}” is already on the watchlist; choose another name or edit that entry.`);
  }
  await entries.put(updated);
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
  return updated;
}

/** Deletes the given entries; ids not found are ignored (already deleted elsewhere). */
export async function deleteEntries(db: WatchlistDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const entries = tx.objectStore('entries');
  for (const id of ids) await entries.delete(id);
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
}

/**
 * Undo of an import or a delete: removes `removeIds`, then writes `entries` back exactly as they
 * were (ids and times included), in one transaction. A record that is not a valid entry refuses
 * the whole restore, so the list is never left half put back.
 */
export async function restoreEntries(db: WatchlistDb, removeIds: readonly string[], restored: readonly unknown[]): Promise<void> {
  const { entries: readable, unreadable } = readableEntries([...restored]);
  if (unreadable.length > 0) throw new EntryError('Those entries cannot be put back: one of them is not a valid prospect.');
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const entries = tx.objectStore('entries');
  const writes: Promise<unknown>[] = [];
  try {
    for (const id of removeIds) writes.push(entries.delete(id));
    for (const entry of readable) writes.push(entries.put(entry));
    writes.push(bumpRevisionIn(tx.objectStore('meta')));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    await Promise.allSettled([abandon(tx), ...writes]);
    throw error;
  }
}

/** What importing would do, without writing anything. */
export async function previewImport(
  db: WatchlistDb,
  imported: readonly ImportedEntry[],
  context = defaultWriteContext,
): Promise<ImportPlan> {
  return planImport(await listEntries(db), imported, { now: context.now(), newId: context.newId });
}

/** Applies an import in one transaction: every entry is written, or none is. */
export async function applyImport(db: WatchlistDb, imported: readonly ImportedEntry[], context = defaultWriteContext): Promise<ImportPlan> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const entries = tx.objectStore('entries');
  // Planned inside the transaction so no other write can slip in between reading and writing.
  const plan = planImport(await readableIn(entries), imported, { now: context.now(), newId: context.newId });
  const writes: Promise<unknown>[] = [];
  try {
    for (const entry of [...plan.added, ...plan.updated]) writes.push(entries.put(entry));
    if (writes.length > 0) writes.push(bumpRevisionIn(tx.objectStore('meta')));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A write that throws (rather than fails its request) would otherwise let the others commit.
    await Promise.allSettled([abandon(tx), ...writes]);
    throw error;
  }
  return plan;
}

/** Rolls a transaction back and waits until it has ended, whatever state it was in. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was left to undo.
  }
  await tx.done.catch(() => undefined);
}

function findSameProspect(entries: readonly ProspectEntry[], entry: { name: string; source: EntrySource }) {
  const key = entryKey(entry);
  return entries.find((candidate) => entryKey(candidate) === key);
}

function definedOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
