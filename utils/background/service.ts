// The background's behaviour, browser-free: each request becomes a store call, and the compiled
// matcher is kept ready for tabs. entrypoints/background/index.ts only wires browser events to this.
import type {
  ActivityRecord,
  BackgroundApi,
  BackgroundRequest,
  BackgroundRequestType,
  ChunkedDelivery,
  CompiledMatcherPayload,
  ImportChoices,
  ImportPreview,
  PageProtection,
  StorageStatus,
  TabStatus,
} from '../model/messages';
import type { MatchableEntry, ProspectEntry } from '../model/watchlist';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { CONTENT_SCRIPT_REQUESTS, parseBackgroundRequest, RequestError } from './requests';
import { protectionState } from './site-protection';
import { addOrReopen } from './add-or-reopen';
import type { TabRegistry } from './tab-registry';
import { REVISION_KEY, type OpenOptions, type WatchlistDb } from '../store/database';
import { createDatabaseConnection, StorageFaultError } from '../store/database-connection';
import { readableEntries } from '../store/stored-entry';
import type { StorageFault, UnreadableEntry } from '../model/storage-faults';
import { PAGE_MAX_CHARS, readEntryPage } from '../store/entry-page';
import { hostnameFromSite } from '../model/domain-name';
import {
  addEntry,
  applyImport,
  deleteEntries,
  EntryError,
  listEntries,
  previewImport,
  restoreEntries,
  updateEntry,
} from '../store/entry-repository';
import { appendActivity, clearActivity, listActivity } from '../store/activity-log-repository';
import { readSettings, SettingsError, writeSettings } from '../store/settings-repository';
import { readImportFile } from '../watchlist-files/import-file';
import { reviewImport } from './import-review';
import { ImportError } from '../watchlist-files/import-error';
import { exportWatchlist } from '../watchlist-files/export-file';
import { eraseEverything } from '../store/erase-everything';
import { bumpRevision } from '../store/revision';
import { probeWrite } from '../store/write-probe';
import { createWriteHealth } from './write-health';
import { EMPTY_POLICY } from '../model/list-sources';
import {
  createListSourceService,
  ListSourceError,
  type ListSourceService,
  type ListSourceServiceOptions,
  type TeamProtection,
} from '../team-delivery/list-source-service';
import { settingsWithPolicy } from '../team-delivery/policy-settings';

/** Who sent a request: runtime.MessageSender reduced to what matters here. */
export interface RequestSender {
  /** One of the extension's own pages (popup, settings, onboarding), or a content script. */
  origin: 'extension-page' | 'content-script';
  /** Set when the request comes from a content script in a tab. */
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
}

export interface BackgroundServiceOptions {
  /** Which database to open, and with which IndexedDB factory; opened again whenever it is lost. */
  database: OpenOptions;
  /**
   * compileMatcher from utils/matcher/matcher.ts; injected so this module is testable on its own.
   * `team` holds the team lists' entries: plain ones to match like the person's, hashed lists beside.
   */
  compile: (entries: MatchableEntry[], now: Date, team?: TeamProtection) => CompiledMatcherPayload;
  /**
   * chunksOf from utils/matcher/compiled-chunks.ts: a form of more than MAX_INLINE_CHUNKS chunks
   * is handed to tabs in chunks (ChunkedDelivery). Absent: always whole.
   */
  chunk?: (compiled: CompiledMatcherPayload) => unknown[];
  /**
   * Team list delivery (file, URL, policy), sharing this service's database connection; absent
   * in tests of the personal list alone.
   */
  teamDelivery?: Omit<ListSourceServiceOptions, 'use' | 'onProtectionChanged'>;
  tabs: TabRegistry;
  now?: () => Date;
  newId?: () => string;
  /** Called after anything a tab is given changed (list, settings, day): push to open tabs. */
  onProtectionChanged?: () => void;
}

interface OpenSnapshot {
  revision: number;
  /** Open entries, most recently updated first. */
  open: ProspectEntry[];
  /** Stored records that are not readable entries: never matched, reported on the settings page. */
  unreadable: UnreadableEntry[];
}

interface CompiledState {
  revision: number;
  /** Only open entries, reduced to what matching needs: notes and sources never reach a tab. */
  compiled: CompiledMatcherPayload;
  /** The same, in chunks, when it is too large for one message. */
  delivery?: { id: string; chunks: unknown[] };
}

/** Up to this many chunks (a head and about 256 K characters) a form goes to tabs whole. */
const MAX_INLINE_CHUNKS = 3;

type Handlers = {
  [K in BackgroundRequestType]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: RequestSender,
  ) => Promise<BackgroundApi[K]['response']>;
};

export type BackgroundService = ReturnType<typeof createBackgroundService>;

export function createBackgroundService(options: BackgroundServiceOptions) {
  const { compile, tabs } = options;
  // A lost database (site data cleared, deleted or upgraded elsewhere) is opened again by the next
  // request; what was read before may be gone, so everything is read again and tabs are told.
  const database = createDatabaseConnection({
    ...options.database,
    onLost: () => forgetReads(),
    onReopened: () => invalidate(),
    onWriteAborted: (error) => writeHealth.aborted(error),
  });
  const use = database.use;
  const teamLists: ListSourceService | undefined = options.teamDelivery
    ? createListSourceService({ ...options.teamDelivery, use, onProtectionChanged: () => invalidate() })
    : undefined;
  const policy = () => teamLists?.policy() ?? EMPTY_POLICY;
  const now = options.now ?? (() => new Date());
  const writeContext = { now: () => now().getTime(), newId: options.newId ?? (() => crypto.randomUUID()) };
  const changed = () => options.onProtectionChanged?.();
  const writeHealth = createWriteHealth({
    now: () => now().getTime(),
    probe: () => use((db) => probeWrite(db, now().getTime())),
    isWriteFailure,
  });
  /** Every write to the person's data goes through here, so a failed one is seen and said. */
  const write = <T>(work: (db: WatchlistDb) => Promise<T>): Promise<T> => writeHealth.track(() => use(work));

  let snapshotState: Promise<OpenSnapshot> | null = null;
  let compiledState: Promise<CompiledState> | null = null;
  let emptyCompiled: CompiledMatcherPayload | undefined;
  let deliveries = 0;

  /**
   * The open entries, newest first, at the current revision: read once per change and shared by
   * the matcher compile and the popup's first page (`entries:open-page`), so opening the popup
   * copies 50 entries rather than the whole watchlist.
   */
  function currentSnapshot(): Promise<OpenSnapshot> {
    if (snapshotState) return snapshotState;
    const pending = use(async (db) => {
      // Entries and revision read in one transaction, so they always belong together.
      const tx = db.transaction(['entries', 'meta'], 'readonly');
      // A plain getAll then a filter: measured twice as fast in Chromium as reading the status index.
      const [records, revision] = await Promise.all([
        tx.objectStore('entries').getAll(),
        tx.objectStore('meta').get(REVISION_KEY),
        tx.done,
      ]);
      const { entries, unreadable } = readableEntries(records);
      // Stable sort over key order: the same order as the popup's openEntriesNewestFirst.
      const open = entries.filter((entry) => entry.status === 'open').sort((a, b) => b.updatedAt - a.updatedAt);
      return { revision: revision ?? 0, open, unreadable };
    });
    snapshotState = pending;
    // A failed read must not stick: the next request tries again.
    pending.catch(() => {
      if (snapshotState === pending) snapshotState = null;
    });
    return pending;
  }

  /** The compiled open entries at the current revision, compiled once per change. */
  function currentCompiled(): Promise<CompiledState> {
    if (compiledState) return compiledState;
    const pending = (async (compiledAt: Date) => {
      const { revision, open } = await currentSnapshot();
      const team = await teamLists?.protection();
      // Let requests waiting on the same read (the popup's first page) answer before compiling.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Personal and team entries protect together, in one compiled form per tab.
      const personal = open.map(matchableOf);
      const compiled = team ? compile([...personal, ...team.plainEntries], compiledAt, team) : compile(personal, compiledAt);
      const chunks = options.chunk?.(compiled);
      if (!chunks || chunks.length <= MAX_INLINE_CHUNKS) return { revision, compiled };
      return { revision, compiled, delivery: { id: `${revision}.${++deliveries}`, chunks } };
    })(now());
    compiledState = pending;
    // A failed compile must not stick: the next request tries again.
    pending.catch(() => {
      if (compiledState === pending) compiledState = null;
    });
    return pending;
  }

  /** Drops what was read; tabs keep the protection they hold until a reopen gives them a new one. */
  function forgetReads(): void {
    snapshotState = null;
    compiledState = null;
  }

  function invalidate(): void {
    forgetReads();
    // Compile right away rather than on the first request, then tell tabs.
    currentCompiled().catch(() => undefined);
    changed();
  }

  /** After a write: recompile, then tell tabs. */
  async function afterWrite<T>(result: T): Promise<T> {
    invalidate();
    return result;
  }

  /** The person's settings with what the organisation's policy adds. */
  async function effectiveSettings(): Promise<Settings> {
    return settingsWithPolicy(await use(readSettings), policy()).settings;
  }

  function teamDelivery(): ListSourceService {
    if (!teamLists) throw new RequestError('Team lists are not available here.');
    return teamLists;
  }

  async function protectionFor(url: string): Promise<PageProtection> {
    // An inactive page gets an empty matcher: no reason to ship the list where nothing is checked.
    emptyCompiled ??= compile([], now());
    try {
      const settings = await effectiveSettings();
      const state = protectionState(url, settings);
      const { revision, compiled, delivery } = await currentCompiled();
      const cautionLayout = settings.cautionLayouts?.[hostnameFromSite(url) ?? ''];
      const chunked: ChunkedDelivery | undefined = delivery && { delivery: delivery.id, chunks: delivery.chunks.length };
      return {
        active: state.active,
        compiled: state.active ? (chunked ?? compiled) : emptyCompiled,
        revision,
        salesTeam: settings.salesTeam,
        ...(cautionLayout ? { cautionLayout } : {}),
      };
    } catch (error) {
      if (!(error instanceof StorageFaultError)) throw error;
      // Said, not hidden: the tab knows it has nothing to protect with, and why.
      return { active: false, compiled: emptyCompiled, revision: 0, salesTeam: DEFAULT_SETTINGS.salesTeam, fault: error.fault };
    }
  }

  /** The fault that keeps the watchlist from being read, if any: opening is tried again each time. */
  async function storageStatus(): Promise<StorageStatus> {
    try {
      const { unreadable } = await currentSnapshot();
      const writeFault = await writeHealth.current();
      return writeFault ? { writeFault, unreadable } : { unreadable };
    } catch (error) {
      if (error instanceof StorageFaultError) return { fault: error.fault, unreadable: [] };
      throw error;
    }
  }

  async function importResult(fileName: string, text: string, write: boolean, choices: ImportChoices): Promise<ImportPreview> {
    let file: ReturnType<typeof readImportFile>;
    try {
      file = readImportFile(fileName, text, choices);
    } catch (error) {
      if (error instanceof ImportError)
        return { ok: false, line: error.line, message: error.problem, ...(error.column === undefined ? {} : { column: error.column }) };
      throw error;
    }
    const entries = file.entries;
    const plan = await (write
      ? writeHealth.track(() => use((db) => applyImport(db, entries, writeContext)))
      : use((db) => previewImport(db, entries, writeContext)));
    if (write && plan.added.length + plan.updated.length > 0) invalidate();
    return {
      ok: true,
      format: file.format,
      added: plan.added.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged,
      total: plan.total,
    };
  }

  const handlers: Handlers = {
    'page:protection': async ({ url }, sender) => {
      const isTopFrame = sender.tabId !== undefined && sender.frameId === 0;
      const [protection] = await Promise.all([protectionFor(url), isTopFrame ? tabs.notePage(sender.tabId!, url) : undefined]);
      return protection;
    },
    'page:protection-chunk': async ({ delivery, index }) => {
      const current = (await currentCompiled()).delivery;
      if (current?.id !== delivery) throw new RequestError('That watchlist has changed since; the tab is sent the new one.');
      if (index >= current.chunks.length)
        throw new RequestError(`The watchlist has ${current.chunks.length} chunks; there is no chunk ${index}.`);
      return current.chunks[index];
    },
    'page:editor-found': async ({ url, adapter, editor }, sender) => {
      if (sender.tabId === undefined) throw new RequestError('Only a content script in a tab can report an editor.');
      // An editor in a frame (a compose iframe) belongs to the tab's page, which the popup asks about.
      const pageUrl = sender.frameId === 0 ? url : ((await tabs.get(sender.tabId)).pageUrl ?? url);
      await tabs.noteEditor(sender.tabId, { url: pageUrl, adapter, editor, at: now().getTime() });
    },
    'tab:status': async ({ tabId, url: askedUrl }) => {
      const { pageUrl, editor } = await tabs.get(tabId);
      // Without the "tabs" permission the popup may not know the URL: use what the tab reported.
      const url = askedUrl || pageUrl || '';
      let settings: Settings;
      try {
        settings = await effectiveSettings();
        // A list that cannot be read protects nothing, whatever the settings say.
        await currentSnapshot();
      } catch (error) {
        if (error instanceof StorageFaultError) return faultStatus(error.fault);
        throw error;
      }
      const state = protectionState(url, settings);
      // An editor seen on an earlier page of this tab says nothing about this one.
      const seenHere = editor && sameOrigin(editor.url, url);
      const status: TabStatus = { protected: state.active };
      if (!state.active) status.reason = state.reason;
      // What is saved still protects; the popup says changes cannot be saved, and why.
      const writeFault = await writeHealth.current();
      if (writeFault) status.writeFault = writeFault;
      if (seenHere) Object.assign(status, { adapter: editor.adapter, editor: editor.editor });
      return status;
    },
    'activity:record': async ({ record }) => {
      const { reason, ...rest } = record;
      const full: ActivityRecord = { ...rest, site: hostnameFromSite(record.site) ?? record.site, at: now().getTime() };
      // A reason explains a send anyway, and nothing else.
      if (reason && record.choice === 'sent-anyway') full.reason = reason;
      await write((db) => appendActivity(db, full));
    },
    'activity:list': ({ since }) => use((db) => listActivity(db, since)),
    'activity:clear': () => write(clearActivity),
    'entries:list': () => use(listEntries),
    'entries:page': ({ after, limit }) => use((db) => readEntryPage(db, { after, limit, maxChars: PAGE_MAX_CHARS })),
    'entries:open-page': async ({ limit }) => {
      const { open } = await currentSnapshot();
      // A copy: the snapshot is shared and must not change under a caller (messaging copies anyway).
      return { entries: structuredClone(open.slice(0, limit)), totalOpen: open.length };
    },
    'entries:add': async ({ entry }) => afterWrite(await write((db) => addEntry(db, entry, writeContext))),
    'entries:update': async ({ id, changes }) => afterWrite(await write((db) => updateEntry(db, id, changes, writeContext))),
    'entries:delete': async ({ ids }) => afterWrite(await write((db) => deleteEntries(db, ids))),
    'entries:import-preview': ({ fileName, text, mapping, skipBadRows }) => importResult(fileName, text, false, { mapping, skipBadRows }),
    'entries:import': ({ fileName, text, mapping, skipBadRows }) => importResult(fileName, text, true, { mapping, skipBadRows }),
    'entries:import-review': async ({ fileName, text, mapping }) => reviewImport(fileName, text, mapping),
    'entries:restore': async ({ removeIds, entries }) => afterWrite(await write((db) => restoreEntries(db, removeIds, entries))),
    'entries:export': async ({ format }) => exportWatchlist(await use(listEntries), format, now()),
    'caution:layout': async ({ url, layout }) => {
      const site = hostnameFromSite(url);
      if (!site) throw new RequestError('The caution’s layout can only be kept for a web site.');
      // No push to the tabs: the page that asked already shows it, and others read it when they load.
      await write(async (db) => {
        const settings = await readSettings(db);
        await writeSettings(db, { ...settings, cautionLayouts: { ...settings.cautionLayouts, [site]: layout } });
      });
    },
    'settings:get': () => use(readSettings),
    'settings:set': async ({ settings }) => {
      const saved: Settings = await write((db) => writeSettings(db, settings));
      return afterWrite(saved);
    },
    'storage:status': () => storageStatus(),
    'team-lists:list': async () => {
      const current = policy();
      const { problem } = settingsWithPolicy(await use(readSettings), current);
      return {
        lists: teamLists ? await teamLists.statuses() : [],
        policy: {
          lockSettings: current.lockSettings,
          allowPersonalLists: current.allowPersonalLists,
          salesTeam: current.salesTeam ?? { addresses: [], domains: [], channels: [] },
          quietSites: current.quietSites ?? [],
          problems: problem ? [...current.problems, problem] : current.problems,
        },
      };
    },
    'team-lists:import': ({ fileName, text, publicKey }) => teamDelivery().importFile(fileName, text, publicKey),
    'team-lists:subscribe': ({ url, publicKey, refreshMinutes }) => teamDelivery().subscribe(url, publicKey, refreshMinutes),
    'team-lists:refresh': ({ id }) => teamDelivery().refresh(id),
    'team-lists:remove': ({ id }) => teamDelivery().remove(id),
    'storage:erase-all': async () => {
      await write(eraseEverything);
      await tabs.forgetEditors();
      return afterWrite(undefined);
    },
  };

  return {
    /** Validates and answers one request; rejects with a sentence when it cannot. */
    async handle(message: unknown, sender: RequestSender): Promise<unknown> {
      const request = parseBackgroundRequest(message);
      if (sender.origin !== 'extension-page' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
        throw new RequestError(`The “${request.type}” request can only come from Prospect Guard’s own pages.`);
      }
      const handler = handlers[request.type] as (request: BackgroundRequest, sender: RequestSender) => Promise<unknown>;
      try {
        return await handler(request, sender);
      } catch (error) {
        if (
          error instanceof RequestError ||
          error instanceof EntryError ||
          error instanceof SettingsError ||
          error instanceof ListSourceError
        ) {
          throw error;
        }
        // Storage failures (disk full, database blocked): say which request failed and why.
        throw new Error(`Prospect Guard could not complete the “${request.type}” request: ${storageFailureSentence(error)}`);
      }
    },
    protectionFor,
    /** Team list delivery, for the background's policy, start and alarm wiring. */
    teamLists,
    /** Compiles now (at start) so the first page does not wait. */
    warmUp: () => currentCompiled().then(() => undefined),
    /** A new day may end some guardUntil dates: recompile at a new revision and tell tabs. */
    async startNewDay(): Promise<void> {
      await write(bumpRevision);
      invalidate();
    },
    /**
     * "Add to prospect watchlist" on selected text: adds an open prospect, or reopens a won or
     * lost one of that name (someone asking to guard it again means it is a prospect again).
     */
    async addProspectByName(name: string): Promise<'added' | 'already-open'> {
      const result = await write(async (db): Promise<'added' | 'already-open'> => {
        // The rule the popup's form follows too (utils/background/add-or-reopen.ts).
        const step = addOrReopen(await listEntries(db), { name, status: 'open' });
        if (step.kind === 'already-open') return 'already-open';
        if (step.kind === 'reopen') await updateEntry(db, step.existing.id, step.changes, writeContext);
        else await addEntry(db, step.entry, writeContext);
        return 'added';
      });
      if (result === 'added') invalidate();
      return result;
    },
    forgetTab: (tabId: number) => tabs.forget(tabId),
    pageUrlOf: async (tabId: number) => (await tabs.get(tabId)).pageUrl,
  };
}

/**
 * A write the storage refused; not a refused entry or setting, a key or value our code got wrong,
 * nor a database that cannot open (said apart).
 */
function isWriteFailure(error: unknown): boolean {
  if (error instanceof Error && (error.name === 'ConstraintError' || error.name === 'DataCloneError')) return false;
  return !(
    error instanceof RequestError ||
    error instanceof EntryError ||
    error instanceof SettingsError ||
    error instanceof ListSourceError ||
    error instanceof ImportError ||
    error instanceof StorageFaultError
  );
}

function faultStatus(fault: StorageFault): TabStatus {
  return { protected: false, reason: fault.kind === 'newer-version' ? 'storage-newer-version' : 'storage-unavailable', fault };
}

/** A storage error as the end of a sentence; a full disk is said in words, not only its code. */
function storageFailureSentence(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return `the browser has no room left to save Prospect Guard’s data (${reason}).`;
  }
  return reason;
}

function matchableOf(entry: ProspectEntry): MatchableEntry {
  const matchable: MatchableEntry = { id: entry.id, name: entry.name, status: entry.status };
  if (entry.aliases) matchable.aliases = entry.aliases;
  if (entry.contacts) matchable.contacts = entry.contacts;
  if (entry.domains) matchable.domains = entry.domains;
  if (entry.matchCase) matchable.matchCase = true;
  if (entry.guardUntil) matchable.guardUntil = entry.guardUntil;
  return matchable;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
