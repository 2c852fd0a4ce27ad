// What a stored entry must hold before anything uses it. A record written by a buggy or older
// build (a field missing, a wrong type) is set aside and reported, so one bad record can never
// stop the matcher, the settings page or an import from working with all the others.
import * as v from 'valibot';
import type { ProspectEntry } from '../model/watchlist';
import { STATUSES } from '../model/entry-rules';
import type { UnreadableEntry } from '../model/storage-faults';

const TextList = v.array(v.string());

// Checks types only: the stricter rules for what a person types (lengths, domains) were applied
// when the entry was written, and re-applying them here could drop entries a rule change outgrew.
const StoredEntrySchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.pipe(v.string(), v.nonEmpty()),
  aliases: v.optional(TextList),
  contacts: v.optional(TextList),
  domains: v.optional(TextList),
  status: v.picklist(STATUSES),
  matchCase: v.optional(v.boolean()),
  guardUntil: v.optional(v.string()),
  note: v.optional(v.string()),
  source: v.variant('kind', [v.object({ kind: v.literal('own') }), v.object({ kind: v.literal('team'), listId: v.string() })]),
  createdAt: v.number(),
  updatedAt: v.number(),
});

export interface ReadableEntries {
  entries: ProspectEntry[];
  unreadable: UnreadableEntry[];
}

/** Splits stored records into usable entries (the same objects, untouched) and unreadable ones. */
export function readableEntries(records: readonly unknown[]): ReadableEntries {
  const entries: ProspectEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const record of records) {
    const parsed = v.safeParse(StoredEntrySchema, record, { abortEarly: true });
    if (parsed.success) entries.push(record as ProspectEntry);
    else unreadable.push(describeUnreadable(record, parsed.issues[0]));
  }
  return { entries, unreadable };
}

function describeUnreadable(record: unknown, issue: v.BaseIssue<unknown> | undefined): UnreadableEntry {
  const fields = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  const field = issue?.path?.map((item) => String(item.key)).join('.') || 'record';
  const described: UnreadableEntry = {
    key: typeof fields.id === 'string' ? fields.id : String(fields.id),
    field,
    problem: issue?.input === undefined ? 'missing' : 'invalid',
  };
  if (typeof fields.name === 'string' && fields.name !== '') described.name = fields.name;
  return described;
}
