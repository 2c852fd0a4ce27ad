// The runtime-message protocol between the background (which owns the store) and the
// content script, popup and options page. Types only: the wire format in one place.
// Messages cross a JSON boundary: payloads are plain objects, arrays, strings and numbers.
import type { ProspectEntry, ProspectStatus } from './watchlist';
import type { BadRow, ColumnMapping, FieldSources, LeftOutRow, RowWarning } from './import-rows';
import type { SiteCautionLayout, Settings } from './settings';
import type { ListSourceStatus } from './list-sources';

/** What settings and the popup show of team lists and the organisation's policy. */
export interface TeamListsView {
  lists: ListSourceStatus[];
  policy: {
    lockSettings: boolean;
    allowPersonalLists: boolean;
    /** Added to the person's own sales team and quiet sites. */
    salesTeam: { addresses: string[]; domains: string[]; channels: string[] };
    quietSites: string[];
    /** Policy values that could not be used, as sentences. */
    problems: string[];
  };
}
import type { EntryKey, StorageFault, UnreadableEntry, WriteFault } from './storage-faults';

export type { EntryKey, StorageFault, UnreadableEntry, WriteFault };

/** The compact, JSON-serialisable compiled matcher the background ships to tabs (never the raw list). */
export type CompiledMatcherPayload = unknown;

/**
 * Instead of the compiled matcher when it is large: the tab asks for its `chunks` with
 * `page:protection-chunk` (one message of several MB is deserialised in one long task).
 */
export interface ChunkedDelivery {
  delivery: string;
  chunks: number;
}

/** What a tab needs to protect a page. */
export interface PageProtection {
  /** False when the extension is off, or the site is quiet or switched off. */
  active: boolean;
  compiled: CompiledMatcherPayload;
  /** Changes whenever the watchlist changes. */
  revision: number;
  salesTeam: Settings['salesTeam'];
  /** Set when the watchlist cannot be read: the page is not protected, and this says why. */
  fault?: StorageFault;
  /** How the person left the caution on this page's site, if they moved it or made it small. */
  cautionLayout?: SiteCautionLayout;
}

/** What a person chose at a caution: for the activity log (never the message text). */
export type CautionChoice = 'shown' | 'sent-anyway' | 'reviewed' | 'ignored';

/** Why the person sent anyway, when they said (it is optional): what teaches the list owner. */
export const OVERRIDE_REASONS = ['on-the-deal', 'deal-public', 'not-this-company', 'other'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

export interface ActivityRecord {
  at: number;
  /** Hostname only. */
  site: string;
  entryIds: string[];
  /** Prospect names at the time, so the log stays readable after an entry is deleted. */
  entryNames: string[];
  choice: CautionChoice;
  /** With 'sent-anyway' only, when the person gave a reason. */
  reason?: OverrideReason;
}

/** Whether a tab is protected right now, and by what (for the popup). */
export interface TabStatus {
  protected: boolean;
  /** Why not, when not; the storage- reasons come with the `fault` that says more. */
  reason?: 'off' | 'quiet-site' | 'site-off' | 'unsupported-page' | 'storage-unavailable' | 'storage-newer-version';
  fault?: StorageFault;
  /** Set when the list can be read but changes cannot be saved: the page is still protected. */
  writeFault?: WriteFault;
  /** Site adapter id and editor kind last seen in that tab ("gmail", "contenteditable"). */
  adapter?: string;
  editor?: string;
}

/** Whether the watchlist can be read, and which stored records could not (settings page, popup). */
export interface StorageStatus {
  fault?: StorageFault;
  /** Set when the list can be read but changes cannot be saved (a full disk, an aborted write). */
  writeFault?: WriteFault;
  unreadable: UnreadableEntry[];
}

/** One page of the whole watchlist in key order; `next` starts the following page (null: the last). */
export interface EntryPageResponse {
  entries: ProspectEntry[];
  /** Records in this page's range that are not readable entries: skipped and reported, never matched. */
  unreadable: UnreadableEntry[];
  next: EntryKey | null;
}

export type NewEntry = Omit<ProspectEntry, 'id' | 'createdAt' | 'updatedAt' | 'source'>;
/**
 * `undefined` does not survive messaging, so an empty string clears `guardUntil` or `note`.
 * `updatedAt` is set by the store; a value sent here is ignored.
 */
export type EntryChanges = Partial<Omit<ProspectEntry, 'id' | 'source' | 'createdAt'>>;

/** Result of reading an import file before anything is written. */
export type ImportPreview =
  | { ok: true; format: 'json' | 'csv'; added: number; updated: number; unchanged: number; total: number }
  /**
   * `line` is 1-based in the file; `message` is the problem as a sentence, without the line;
   * `column` (1-based) where the reader knows it, as in a minified JSON file.
   */
  | { ok: false; line: number; message: string; column?: number };

/** How an import reads the file: the person's column choices, and whether bad rows are skipped. */
export interface ImportChoices {
  mapping?: ColumnMapping;
  skipBadRows?: boolean;
}

/** One row of the row-level import preview, as it would be written. */
export interface ImportReviewRow {
  line: number;
  name: string;
  status?: ProspectStatus;
  aliases: string[];
  contacts: string[];
  domains: string[];
  from: FieldSources;
  warnings: RowWarning[];
}

/** The row-level preview of an import file, before anything is written. */
export type ImportReview =
  | {
      kind: 'rows';
      format: 'json' | 'csv';
      /** The first rows (at most IMPORT_REVIEW_ROWS); `rowCount` says how many were read in all. */
      rows: ImportReviewRow[];
      rowCount: number;
      /** Every row with a warning, even beyond the first rows. */
      warned: ImportReviewRow[];
      leftOut: LeftOutRow[];
      bad: BadRow[];
    }
  | { kind: 'needs-mapping'; headerLine: number; headers: string[]; samples: string[][] }
  | { kind: 'error'; line: number; column?: number; message: string };

/**
 * Requests to the background, each with its response type. Content scripts may send only
 * page:protection, page:editor-found, caution:layout and activity:record; the rest answer the extension's own
 * pages (popup, settings, onboarding) only.
 */
export interface BackgroundApi {
  /**
   * The browser hides tab URLs from the extension: the top frame's request is also how the
   * background learns a tab's page, so that tab then receives `protection:update` pushes.
   */
  'page:protection': { request: { url: string }; response: PageProtection };
  /** Chunk `index` of a compiled matcher delivered in chunks (ChunkedDelivery); refused once superseded. */
  'page:protection-chunk': { request: { delivery: string; index: number }; response: unknown };
  /** The person made the caution small, opened it or moved it on this page's site. */
  'caution:layout': { request: { url: string; layout: SiteCautionLayout }; response: void };
  'page:editor-found': { request: { url: string; adapter: string; editor: string }; response: void };
  /**
   * Without the "tabs" permission the popup cannot see `tab.url`: leave `url` out (or '') and the
   * page the tab's content script reported is used.
   */
  'tab:status': { request: { tabId: number; url?: string }; response: TabStatus };
  'activity:record': { request: { record: Omit<ActivityRecord, 'at'> }; response: void };
  'activity:list': { request: { since?: number }; response: ActivityRecord[] };
  'activity:clear': { request: Record<string, never>; response: void };
  'entries:list': { request: Record<string, never>; response: ProspectEntry[] };
  /**
   * The whole watchlist a page at a time (as many entries as fit well under the browser's 64 MiB
   * per message, at most `limit`): what the settings page and export read, at any size.
   */
  'entries:page': { request: { after?: EntryKey; limit: number }; response: EntryPageResponse };
  /**
   * The newest `limit` open entries (most recently updated first) and how many are open in all:
   * what the popup shows first, without copying the whole watchlist.
   */
  'entries:open-page': { request: { limit: number }; response: { entries: ProspectEntry[]; totalOpen: number } };
  'entries:add': { request: { entry: NewEntry }; response: ProspectEntry };
  'entries:update': { request: { id: string; changes: EntryChanges }; response: ProspectEntry };
  'entries:delete': { request: { ids: string[] }; response: void };
  'entries:import-preview': { request: { fileName: string; text: string } & ImportChoices; response: ImportPreview };
  'entries:import': { request: { fileName: string; text: string } & ImportChoices; response: ImportPreview };
  /** Each row of the file as it would be imported, what is left out and what cannot be read. */
  'entries:import-review': { request: { fileName: string; text: string; mapping?: ColumnMapping }; response: ImportReview };
  /**
   * Puts the watchlist back as it was (undo of an import or a delete): removes `removeIds`, then
   * writes `entries` exactly as given (ids and times included), in one transaction.
   */
  'entries:restore': { request: { removeIds: string[]; entries: ProspectEntry[] }; response: void };
  'entries:export': { request: { format: 'json' | 'csv' }; response: { fileName: string; text: string } };
  'settings:get': { request: Record<string, never>; response: Settings };
  'settings:set': { request: { settings: Settings }; response: Settings };
  'storage:status': { request: Record<string, never>; response: StorageStatus };
  'team-lists:list': { request: Record<string, never>; response: TeamListsView };
  /** "Import team list": the signed file and its publisher's public key (base64). */
  'team-lists:import': { request: { fileName: string; text: string; publicKey: string }; response: ListSourceStatus };
  /** The settings page asked for the URL's host permission first. */
  'team-lists:subscribe': { request: { url: string; publicKey: string; refreshMinutes?: number }; response: ListSourceStatus };
  'team-lists:refresh': { request: { id: string }; response: ListSourceStatus };
  'team-lists:remove': { request: { id: string }; response: void };
  'storage:erase-all': { request: Record<string, never>; response: void };
}

export type BackgroundRequestType = keyof BackgroundApi;
export type BackgroundRequest = {
  [K in BackgroundRequestType]: { type: K } & BackgroundApi[K]['request'];
}[BackgroundRequestType];

/**
 * Pushed by the background to every tab (all its frames) when the list, the settings or the day
 * change, with the protection for the tab's top-level page. A frame on another site may ask
 * `page:protection` again for its own URL.
 */
export type TabPush = { type: 'protection:update'; protection: PageProtection };
