// Decides what an import does to the watchlist, without writing: which prospects are added,
// which existing ones change, which are already there. Import adds and updates; it never
// removes an entry or a list item, so a file cannot make a seller lose part of the list.
import type { EntrySource, ProspectEntry, ProspectStatus } from '../model/watchlist';
import { entryKey } from '../model/entry-identity';
import { canonicalFields, canonicalSource, distinctNonEmpty, type EntryFields, type EntryFieldsInput } from '../model/entry-rules';
import type { ImportedEntry } from './import-error';

export interface ImportPlan {
  added: ProspectEntry[];
  updated: ProspectEntry[];
  unchanged: number;
  /** Distinct prospects in the file (rows naming the same prospect count once). */
  total: number;
}

export interface PlanContext {
  now: number;
  newId: () => string;
}

export function planImport(existing: readonly ProspectEntry[], imported: readonly ImportedEntry[], context: PlanContext): ImportPlan {
  const existingByKey = new Map(existing.map((entry) => [entryKey(entry), entry]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: 0, total: 0 };

  for (const { source, fields } of mergeSameProspect(imported)) {
    plan.total++;
    const current = existingByKey.get(entryKey({ name: fields.name, source }));
    if (!current) {
      plan.added.push({
        ...canonicalFields(fields),
        id: context.newId(),
        source: canonicalSource(source),
        createdAt: context.now,
        updatedAt: context.now,
      });
      continue;
    }
    const merged = canonicalFields(mergeFields(current, fields));
    if (sameFields(canonicalFields(current), merged)) plan.unchanged++;
    else plan.updated.push({ ...merged, id: current.id, source: current.source, createdAt: current.createdAt, updatedAt: context.now });
  }
  return plan;
}

/** File values replace the entry's; list items add to its lists; the name keeps its spelling. */
function mergeFields(current: ProspectEntry, file: EntryFieldsInput): EntryFields {
  return {
    name: current.name,
    aliases: union(current.aliases, file.aliases),
    contacts: union(current.contacts, file.contacts),
    domains: union(current.domains, file.domains),
    status: file.status ?? current.status,
    matchCase: file.matchCase ?? current.matchCase,
    guardUntil: file.guardUntil ?? current.guardUntil,
    note: file.note ?? current.note,
  };
}

// A CRM deal export lists a company once per deal: one open deal keeps the prospect open.
const STATUS_RANK: Record<ProspectStatus, number> = { open: 2, won: 1, lost: 0 };

/** Rows naming the same prospect (same source, same folded name) become one, in file order. */
function mergeSameProspect(imported: readonly ImportedEntry[]): { source: EntrySource; fields: EntryFieldsInput }[] {
  const byKey = new Map<string, { source: EntrySource; fields: EntryFieldsInput }>();
  for (const { source, fields } of imported) {
    const key = entryKey({ name: fields.name, source });
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { source, fields: { ...fields } });
      continue;
    }
    const merged = seen.fields;
    merged.aliases = union(merged.aliases, fields.aliases);
    merged.contacts = union(merged.contacts, fields.contacts);
    merged.domains = union(merged.domains, fields.domains);
    if (fields.status && (!merged.status || STATUS_RANK[fields.status] > STATUS_RANK[merged.status])) merged.status = fields.status;
    if (fields.matchCase !== undefined) merged.matchCase = Boolean(merged.matchCase) || fields.matchCase;
    if (fields.guardUntil && (!merged.guardUntil || fields.guardUntil > merged.guardUntil)) merged.guardUntil = fields.guardUntil;
    if (fields.note && fields.note !== merged.note) merged.note = merged.note ? `${merged.note}\n\n${fields.note}` : fields.note;
  }
  return [...byKey.values()];
}

function union(first: string[] | undefined, second: string[] | undefined): string[] | undefined {
  if (!second?.length) return first;
  return distinctNonEmpty([...(first ?? []), ...second]);
}

function sameFields(a: EntryFields, b: EntryFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
