// The shape of every request the background accepts, checked before anything runs: messages
// come from our own pages and content scripts, but a content script lives in hostile pages.
// Payload details (an entry's fields, the settings) are validated by the store itself.
import * as v from 'valibot';
import { OVERRIDE_REASONS, type BackgroundRequest, type BackgroundRequestType } from '../model/messages';
import { issueSentence } from '../model/entry-rules';
import { PAGE_MAX_ENTRIES } from '../store/entry-page';
import { MAPPABLE_ROLES } from '../model/import-rows';

const Text = (what: string, max = 10_000) => v.pipe(v.string(`The ${what} must be text.`), v.maxLength(max, `The ${what} is too long.`));
const TextList = (what: string) =>
  v.pipe(v.array(Text(what, 1_000), `The ${what}s must be a list of text.`), v.maxLength(10_000, `There are too many ${what}s.`));
const Empty = v.object({});
const AnyObject = (what: string) =>
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    `The ${what} must be an object.`,
  );

const ImportChoices = v.object({
  mapping: v.optional(
    v.object(
      {
        headerLine: v.pipe(v.number('The header line must be a number.'), v.integer('The header line must be a whole number.')),
        roles: v.pipe(
          v.array(
            v.nullable(v.picklist(MAPPABLE_ROLES, 'A column can hold the name, aliases, contacts, emails, domains, status or a note.')),
          ),
          v.maxLength(1_000, 'There are too many columns.'),
        ),
      },
      'The column choices must be an object.',
    ),
  ),
  skipBadRows: v.optional(v.boolean('“skipBadRows” must be true or false.')),
});

const RequestSchema = v.variant(
  'type',
  [
    v.object({ type: v.literal('page:protection'), url: Text('page address', 100_000) }),
    v.object({
      type: v.literal('page:protection-chunk'),
      delivery: Text('delivery id', 200),
      index: v.pipe(
        v.number('The chunk number must be a number.'),
        v.integer('The chunk number must be a whole number.'),
        v.minValue(0, 'The chunk number cannot be negative.'),
      ),
    }),
    v.object({
      type: v.literal('page:editor-found'),
      url: Text('page address', 100_000),
      adapter: Text('adapter id', 200),
      editor: Text('editor kind', 200),
    }),
    v.object({
      type: v.literal('caution:layout'),
      url: Text('page address', 100_000),
      layout: v.object(
        {
          collapsed: v.boolean('“collapsed” must be true or false.'),
          dx: v.pipe(v.number('The move must be a number.'), v.finite('The move must be a number.')),
          dy: v.pipe(v.number('The move must be a number.'), v.finite('The move must be a number.')),
        },
        'The caution layout must be an object.',
      ),
    }),
    v.object({
      type: v.literal('tab:status'),
      tabId: v.pipe(v.number('The tab id must be a number.'), v.integer('The tab id must be a whole number.')),
      url: v.optional(Text('page address', 100_000)),
    }),
    v.object({
      type: v.literal('activity:record'),
      record: v.object(
        {
          site: Text('site', 1_000),
          entryIds: TextList('entry id'),
          entryNames: TextList('prospect name'),
          choice: v.picklist(
            ['shown', 'sent-anyway', 'reviewed', 'ignored'],
            'The choice must be shown, sent-anyway, reviewed or ignored.',
          ),
          reason: v.optional(v.picklist(OVERRIDE_REASONS, 'The reason must be on-the-deal, deal-public, not-this-company or other.')),
        },
        'The activity record must be an object.',
      ),
    }),
    v.object({ type: v.literal('activity:list'), since: v.optional(v.number('“since” must be a time in milliseconds.')) }),
    v.object({ type: v.literal('activity:clear'), ...Empty.entries }),
    v.object({ type: v.literal('entries:list'), ...Empty.entries }),
    v.object({
      type: v.literal('entries:open-page'),
      limit: v.pipe(
        v.number('The limit must be a number.'),
        v.integer('The limit must be a whole number.'),
        v.minValue(0, 'The limit cannot be negative.'),
        v.maxValue(10_000, 'The limit cannot be more than 10,000.'),
      ),
    }),
    v.object({
      type: v.literal('entries:page'),
      after: v.optional(v.union([v.string(), v.number()], 'The page start must be an entry key (text or a number).')),
      limit: v.pipe(
        v.number('The limit must be a number.'),
        v.integer('The limit must be a whole number.'),
        v.minValue(1, 'The limit must be at least 1.'),
        v.maxValue(PAGE_MAX_ENTRIES, 'The limit cannot be more than 10,000.'),
      ),
    }),
    v.object({ type: v.literal('entries:add'), entry: AnyObject('new entry') }),
    v.object({ type: v.literal('entries:update'), id: Text('entry id', 200), changes: AnyObject('list of changes') }),
    v.object({ type: v.literal('entries:delete'), ids: TextList('entry id') }),
    v.object({
      type: v.literal('entries:import-preview'),
      fileName: Text('file name', 1_000),
      text: v.string('The file content must be text.'),
      ...ImportChoices.entries,
    }),
    v.object({
      type: v.literal('entries:import'),
      fileName: Text('file name', 1_000),
      text: v.string('The file content must be text.'),
      ...ImportChoices.entries,
    }),
    v.object({
      type: v.literal('entries:import-review'),
      fileName: Text('file name', 1_000),
      text: v.string('The file content must be text.'),
      mapping: ImportChoices.entries.mapping,
    }),
    v.object({
      type: v.literal('entries:restore'),
      removeIds: TextList('entry id'),
      // Each entry is checked by the store, as a stored record is.
      entries: v.pipe(v.array(AnyObject('entry'), 'The entries must be a list.'), v.maxLength(1_000_000, 'There are too many entries.')),
    }),
    v.object({ type: v.literal('entries:export'), format: v.picklist(['json', 'csv'], 'The export format must be json or csv.') }),
    v.object({ type: v.literal('settings:get'), ...Empty.entries }),
    v.object({ type: v.literal('settings:set'), settings: AnyObject('settings') }),
    v.object({ type: v.literal('storage:status'), ...Empty.entries }),
    v.object({ type: v.literal('team-lists:list'), ...Empty.entries }),
    v.object({
      type: v.literal('team-lists:import'),
      fileName: Text('file name', 1_000),
      text: v.string('The file content must be text.'),
      publicKey: Text('public key', 200),
    }),
    v.object({
      type: v.literal('team-lists:subscribe'),
      url: Text('list address', 2_000),
      publicKey: Text('public key', 200),
      refreshMinutes: v.optional(
        v.pipe(v.number('The refresh interval must be a number of minutes.'), v.integer('The refresh interval must be whole minutes.')),
      ),
    }),
    v.object({ type: v.literal('team-lists:refresh'), id: Text('list id', 200) }),
    v.object({ type: v.literal('team-lists:remove'), id: Text('list id', 200) }),
    v.object({ type: v.literal('storage:erase-all'), ...Empty.entries }),
  ],
  (issue) =>
    typeof issue.input === 'string'
      ? `Prospect Guard does not know the request “${issue.input}”.`
      : 'A request to Prospect Guard must be an object with a "type".',
);

/**
 * What a content script may ask. It lives beside hostile pages, so it never gets the watchlist,
 * the settings or the log: only its page's compiled protection, and reports of what it saw.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequestType> = new Set([
  'page:protection',
  'page:protection-chunk',
  'page:editor-found',
  'caution:layout',
  'activity:record',
]);

export class RequestError extends Error {
  override readonly name = 'RequestError';
}

/** The request, checked; throws RequestError with a sentence saying what is wrong. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest {
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const type = typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : undefined;
    const problem = issueSentence(issue);
    throw new RequestError(issue.path?.[0]?.key === 'type' || !type ? issue.message : `The “${type}” request is not valid: ${problem}`);
  }
  // Payload fields (entry, changes, settings) are validated by the store before use.
  return parsed.output as unknown as BackgroundRequest;
}
