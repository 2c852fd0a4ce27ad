// What a valid watchlist entry looks like, as valibot schemas shared by the popup's add/edit
// requests and both import formats. Every message is a full sentence a person can act on.
import * as v from 'valibot';
import type { EntrySource, ProspectEntry, ProspectStatus } from './watchlist';
import { domainFromWebsite } from './domain-name';

export const LIMITS = { name: 200, listItem: 200, listLength: 500, note: 10_000, listId: 200 } as const;

/** The fields a person edits, in the canonical shape the store keeps (empty lists and false omitted). */
export type EntryFields = Pick<ProspectEntry, 'name' | 'aliases' | 'contacts' | 'domains' | 'status' | 'matchCase' | 'guardUntil' | 'note'>;

export const STATUSES: readonly ProspectStatus[] = ['open', 'won', 'lost'];

const NameSchema = v.pipe(
  v.string('The prospect name must be text.'),
  v.trim(),
  v.nonEmpty('The prospect name is empty; write the name of the company or person.'),
  v.maxLength(LIMITS.name, `The prospect name must be at most ${LIMITS.name} characters long.`),
);

function listSchema(item: string, items: string, clean: (value: string) => string = (value) => value) {
  const itemSchema = v.pipe(
    v.string(`Each ${item} must be text.`),
    v.trim(),
    v.maxLength(LIMITS.listItem, `Each ${item} must be at most ${LIMITS.listItem} characters long.`),
    // Semicolons separate list items in CSV files, so one inside an item could not round-trip.
    v.check(
      (value) => !value.includes(';'),
      (issue) => `The ${item} “${String(issue.input)}” contains a semicolon (;); semicolons separate list items, so remove it.`,
    ),
    v.transform(clean),
  );
  return v.pipe(
    v.array(itemSchema, `The ${items} must be a list of text.`),
    v.maxLength(LIMITS.listLength, `There can be at most ${LIMITS.listLength} ${items} per prospect.`),
    v.transform((values: string[]) => distinctNonEmpty(values)),
  );
}

const DomainListSchema = v.pipe(
  v.array(
    v.pipe(
      v.string('Each domain must be text.'),
      v.trim(),
      v.check(
        (value) => value === '' || domainFromWebsite(value) !== null,
        (issue) => `“${String(issue.input)}” is not a domain or web address such as acme.com; correct it or remove it.`,
      ),
      v.transform((value) => (value === '' ? '' : domainFromWebsite(value)!)),
    ),
    'The domains must be a list of text.',
  ),
  v.maxLength(LIMITS.listLength, `There can be at most ${LIMITS.listLength} domains per prospect.`),
  v.transform((values: string[]) => distinctNonEmpty(values)),
);

export const StatusSchema = v.picklist(STATUSES, (issue) => `The status “${String(issue.input)}” is not one of open, won or lost.`);

export const GuardUntilSchema = v.pipe(
  v.string('The “guard until” date must be text in the form YYYY-MM-DD.'),
  v.trim(),
  v.check(
    isCalendarDate,
    (issue) => `The “guard until” date “${String(issue.input)}” is not a date in the form YYYY-MM-DD, such as 2026-12-31.`,
  ),
);

const NoteSchema = v.pipe(
  v.string('The note must be text.'),
  v.maxLength(LIMITS.note, `The note must be at most ${LIMITS.note} characters long.`),
);

const MatchCaseSchema = v.boolean('“Match case” must be true or false.');

/** Every field optional except the name: what an import row or a new entry may carry. */
export const EntryFieldsSchema = v.object({
  name: NameSchema,
  aliases: v.optional(listSchema('alias', 'aliases')),
  contacts: v.optional(listSchema('contact', 'contacts')),
  domains: v.optional(DomainListSchema),
  status: v.optional(StatusSchema),
  matchCase: v.optional(MatchCaseSchema),
  guardUntil: v.optional(GuardUntilSchema),
  note: v.optional(NoteSchema),
});
export type EntryFieldsInput = v.InferOutput<typeof EntryFieldsSchema>;

/**
 * Changes to an existing entry. Messages cross a JSON boundary, where `undefined` disappears,
 * so an empty string (or null) clears `guardUntil` and `note`.
 */
export const EntryChangesSchema = v.object({
  name: v.optional(NameSchema),
  aliases: v.optional(listSchema('alias', 'aliases')),
  contacts: v.optional(listSchema('contact', 'contacts')),
  domains: v.optional(DomainListSchema),
  status: v.optional(StatusSchema),
  matchCase: v.optional(MatchCaseSchema),
  guardUntil: v.optional(
    v.union(
      [v.literal(''), v.null(), GuardUntilSchema],
      (issue) => `The “guard until” date “${String(issue.input)}” is not a date in the form YYYY-MM-DD, such as 2026-12-31.`,
    ),
  ),
  note: v.optional(v.union([v.null(), NoteSchema], 'The note must be text.')),
});

export const SourceSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('own') }),
    v.object({
      kind: v.literal('team'),
      listId: v.pipe(
        v.string('A team list id must be text.'),
        v.trim(),
        v.nonEmpty('A team entry needs the id of its team list.'),
        v.maxLength(LIMITS.listId, `A team list id must be at most ${LIMITS.listId} characters long.`),
      ),
    }),
  ],
  'The source must be {"kind": "own"} or {"kind": "team", "listId": "…"}.',
);

/** The canonical stored shape: no empty lists, no false matchCase, no empty note, open by default. */
export function canonicalFields(fields: Partial<EntryFields> & { name: string }): EntryFields {
  const canonical: EntryFields = { name: fields.name, status: fields.status ?? 'open' };
  if (fields.aliases?.length) canonical.aliases = fields.aliases;
  if (fields.contacts?.length) canonical.contacts = fields.contacts;
  if (fields.domains?.length) canonical.domains = fields.domains;
  if (fields.matchCase) canonical.matchCase = true;
  if (fields.guardUntil) canonical.guardUntil = fields.guardUntil;
  if (fields.note) canonical.note = fields.note;
  return canonical;
}

export function canonicalSource(source: EntrySource): EntrySource {
  return source.kind === 'own' ? { kind: 'own' } : { kind: 'team', listId: source.listId };
}

/** Drops empty items and repeats (compared case-insensitively), keeping the first spelling. */
export function distinctNonEmpty(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(value);
  }
  return kept;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first problem valibot found, as the sentence to show. */
export function firstIssueMessage(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  return issue ? issueSentence(issue) : 'The entry is not valid.';
}

/** An issue's message, or for a missing field (valibot's default wording) a sentence naming it. */
export function issueSentence(issue: v.BaseIssue<unknown>): string {
  const missingKey = issue.input === undefined && issue.kind === 'schema' ? issue.path?.at(-1)?.key : undefined;
  return missingKey !== undefined ? `The "${String(missingKey)}" field is missing.` : issue.message;
}
