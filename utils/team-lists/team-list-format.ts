// The team list file format, version 1 (docs/team-lists.md): a JSON envelope whose "payload" is
// the exact JSON text that was signed, so the signature covers bytes, not a re-serialisation.
//   { "format": "prospect-guard.team-list", "formatVersion": 1, "publicKey": "…",
//     "payload": "{\"id\":\"sales-emea\",…}", "signature": "…" }
import * as v from 'valibot';
import { HASH_SCHEME } from '../matcher/keyed-hash';
import { EntryFieldsSchema } from '../model/entry-rules';

export const TEAM_LIST_FORMAT = 'prospect-guard.team-list';
export const TEAM_LIST_FORMAT_VERSION = 1;

/** A list id: what sources, entries and hashing keys are tied to. Safe in ids and file names. */
export const LIST_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const EnvelopeSchema = v.object({
  format: v.literal(TEAM_LIST_FORMAT, `This file is not a Prospect Guard team list: its "format" must be "${TEAM_LIST_FORMAT}".`),
  formatVersion: v.pipe(v.number('The "formatVersion" must be a number.'), v.integer('The "formatVersion" must be a whole number.')),
  publicKey: v.optional(v.string('The "publicKey" must be base64 text.')),
  payload: v.string('The "payload" must be the list as JSON text.'),
  signature: v.string('The "signature" must be base64 text.'),
});
export type TeamListEnvelope = v.InferOutput<typeof EnvelopeSchema>;

/** A calendar day, YYYY-MM-DD, that exists. */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

const DaySchema = (field: string) =>
  v.pipe(
    v.string(`The "${field}" date must be text in the form YYYY-MM-DD.`),
    v.check(isCalendarDay, (issue) => `The "${field}" date “${String(issue.input)}” is not a real date in the form YYYY-MM-DD.`),
  );

const HeaderFields = {
  id: v.pipe(
    v.string('The list "id" must be text.'),
    v.regex(
      LIST_ID,
      (issue) =>
        `The list id “${String(issue.input)}” must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.`,
    ),
  ),
  name: v.pipe(
    v.string('The list "name" must be text.'),
    v.trim(),
    v.nonEmpty('The list "name" is empty.'),
    v.maxLength(100, 'The list "name" must be at most 100 characters long.'),
  ),
  version: v.pipe(
    v.number('The list "version" must be a number.'),
    v.integer('The list "version" must be a whole number.'),
    v.minValue(1, 'The list "version" must be 1 or more.'),
    v.maxValue(Number.MAX_SAFE_INTEGER, 'The list "version" is too large.'),
  ),
  issued: v.pipe(
    v.string('The "issued" time must be text.'),
    v.check(
      (text) => !Number.isNaN(Date.parse(text)),
      (issue) => `The "issued" time “${String(issue.input)}” is not a date and time.`,
    ),
  ),
  expires: DaySchema('expires'),
};

/** A plain entry: what the sales team may read. Open deals only, so no status. */
const PlainEntrySchema = v.object({
  name: EntryFieldsSchema.entries.name,
  aliases: EntryFieldsSchema.entries.aliases,
  contacts: EntryFieldsSchema.entries.contacts,
  domains: EntryFieldsSchema.entries.domains,
  matchCase: EntryFieldsSchema.entries.matchCase,
});

const HASHED_TERM = /^[ncde][A-Za-z0-9_-]{11}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const HashingSchema = v.object({
  scheme: v.literal(
    HASH_SCHEME,
    `This hashed list uses a hashing scheme this Prospect Guard does not know (it knows scheme ${HASH_SCHEME}); update the extension.`,
  ),
  key: v.pipe(
    v.string('The hashing "key" must be base64 text.'),
    v.regex(/^[A-Za-z0-9+/]{43}=$/, 'The hashing "key" must be 32 bytes in base64.'),
  ),
  filter: v.pipe(v.string('The hashing "filter" must be base64 text.'), v.regex(BASE64, 'The hashing "filter" is not base64 text.')),
  nameLengths: v.array(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
    'The "nameLengths" must be a list of whole numbers.',
  ),
});

export const PayloadSchema = v.variant(
  'kind',
  [
    v.object({
      ...HeaderFields,
      kind: v.literal('plain'),
      entries: v.array(PlainEntrySchema, 'The "entries" must be a list of prospects.'),
    }),
    v.object({
      ...HeaderFields,
      kind: v.literal('hashed'),
      hashing: HashingSchema,
      entries: v.array(
        v.pipe(
          v.array(
            v.pipe(v.string(), v.regex(HASHED_TERM, 'Each hashed term must be a kind letter (n, c, e, d) and 11 base64url characters.')),
            'Each hashed entry must be a list of hashed terms.',
          ),
          v.minLength(1, 'A hashed entry must have at least one term.'),
        ),
        'The "entries" must be a list of hashed entries.',
      ),
    }),
  ],
  'The list "kind" must be "plain" or "hashed".',
);

export type TeamListPayload = v.InferOutput<typeof PayloadSchema>;
export type PlainTeamListPayload = Extract<TeamListPayload, { kind: 'plain' }>;
export type HashedTeamListPayload = Extract<TeamListPayload, { kind: 'hashed' }>;
export type PlainTeamEntry = PlainTeamListPayload['entries'][number];
