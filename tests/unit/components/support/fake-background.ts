// An in-memory background answering the popup/options requests the way utils/model/messages.ts
// specifies, so UI tests exercise real request/response shapes without a browser.
import type {
  BackgroundApi,
  BackgroundRequestType,
  ActivityRecord,
  ImportPreview,
  ImportReview,
  StorageStatus,
  TabStatus,
  TeamListsView,
  WriteFault,
} from '../../../../utils/model/messages';
import type { ProspectEntry } from '../../../../utils/model/watchlist';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/model/settings';
import { protectionState } from '../../../../utils/background/site-protection';

type Handler<K extends BackgroundRequestType> = (
  request: BackgroundApi[K]['request'],
) => BackgroundApi[K]['response'] | Promise<BackgroundApi[K]['response']>;

export interface FakeBackground {
  entries: ProspectEntry[];
  settings: Settings;
  activity: ActivityRecord[];
  calls: { type: BackgroundRequestType; request: unknown }[];
  importPreview: ImportPreview;
  importReview: ImportReview;
  /** What `team-lists:list` answers. */
  teamLists: TeamListsView;
  /** What `storage:status` answers: nothing wrong unless a test says otherwise. */
  storageStatus: StorageStatus;
  /**
   * Set to make every write fail as the real background does on a full disk, and `tab:status`
   * report it; null (the default) lets writes through.
   */
  writeFault: WriteFault | null;
  /**
   * Holds every later answer to `type` until the returned function is called (answers are still
   * computed at release time, as a slow background would), to see what the UI shows meanwhile.
   */
  hold(type: BackgroundRequestType): () => void;
  call<K extends BackgroundRequestType>(type: K, request: BackgroundApi[K]['request']): Promise<BackgroundApi[K]['response']>;
}

let clock = 1_700_000_000_000;

/** The requests that write to storage, refused while `writeFault` is set. */
const WRITES = new Set<BackgroundRequestType>([
  'entries:add',
  'entries:update',
  'entries:delete',
  'entries:import',
  'entries:restore',
  'settings:set',
  'activity:clear',
  'storage:erase-all',
]);

export function makeEntry(name: string, overrides: Partial<ProspectEntry> = {}): ProspectEntry {
  clock += 1000;
  return {
    id: `id-${name.toLowerCase().replace(/\W+/g, '-')}-${clock}`,
    name,
    status: 'open',
    source: { kind: 'own' },
    createdAt: clock,
    updatedAt: clock,
    ...overrides,
  };
}

export function createFakeBackground(initial: ProspectEntry[] = []): FakeBackground {
  const held = new Map<BackgroundRequestType, Promise<void>>();
  const fake: FakeBackground = {
    entries: initial.slice(),
    settings: structuredClone(DEFAULT_SETTINGS),
    activity: [],
    calls: [],
    importPreview: { ok: true, format: 'json', added: 0, updated: 0, unchanged: 0, total: 0 },
    importReview: { kind: 'rows', format: 'json', rows: [], rowCount: 0, warned: [], leftOut: [], bad: [] },
    teamLists: {
      lists: [],
      policy: {
        lockSettings: false,
        allowPersonalLists: true,
        salesTeam: { addresses: [], domains: [], channels: [] },
        quietSites: [],
        problems: [],
      },
    },
    storageStatus: { unreadable: [] },
    writeFault: null,
    hold(type) {
      let release!: () => void;
      held.set(type, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(type);
        release();
      };
    },
    async call(type, request) {
      fake.calls.push({ type, request });
      await held.get(type);
      const handler = handlers[type] as Handler<typeof type> | undefined;
      if (!handler) throw new Error(`The fake background does not answer ${type}.`);
      if (fake.writeFault && WRITES.has(type)) {
        throw new Error(
          `Prospect Guard could not complete the “${type}” request: the browser has no room left to save Prospect Guard’s data (${fake.writeFault.detail}).`,
        );
      }
      return structuredClone(await handler(request));
    },
  };
  const handlers: { [K in BackgroundRequestType]?: Handler<K> } = {
    'entries:list': () => fake.entries,
    'team-lists:list': () => fake.teamLists,
    // As the real background: key (id) order, `limit` at a time, `next` where the following page starts.
    'entries:page': ({ after, limit }) => {
      const byKey = fake.entries.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const rest = after === undefined ? byKey : byKey.filter((entry) => entry.id > String(after));
      const entries = rest.slice(0, limit);
      return { entries, unreadable: [], next: rest.length > limit ? entries.at(-1)!.id : null };
    },
    'storage:status': () => (fake.writeFault ? { ...fake.storageStatus, writeFault: fake.writeFault } : fake.storageStatus),
    // As the real background: open entries, most recently updated first (stable over stored order).
    'entries:open-page': ({ limit }) => {
      const open = fake.entries.filter((entry) => entry.status === 'open').sort((a, b) => b.updatedAt - a.updatedAt);
      return { entries: open.slice(0, limit), totalOpen: open.length };
    },
    'entries:add': ({ entry }) => {
      const stored = makeEntry(entry.name, { ...entry });
      fake.entries.push(stored);
      return stored;
    },
    'entries:update': ({ id, changes }) => {
      const index = fake.entries.findIndex((entry) => entry.id === id);
      const current = fake.entries[index];
      if (!current) throw new Error(`No entry ${id}.`);
      clock += 1000;
      const updated = { ...current, ...changes, updatedAt: clock };
      fake.entries[index] = updated;
      return updated;
    },
    'entries:delete': ({ ids }) => {
      fake.entries = fake.entries.filter((entry) => !ids.includes(entry.id));
    },
    'entries:import-preview': () => fake.importPreview,
    'entries:import': () => fake.importPreview,
    'entries:import-review': () => fake.importReview,
    'entries:restore': ({ removeIds, entries }) => {
      fake.entries = [...fake.entries.filter((entry) => !removeIds.includes(entry.id)), ...entries];
    },
    'entries:export': ({ format }) => ({ fileName: `watchlist.${format}`, text: JSON.stringify(fake.entries) }),
    'settings:get': () => fake.settings,
    'settings:set': ({ settings }) => {
      fake.settings = settings;
      return settings;
    },
    'activity:list': ({ since }) => fake.activity.filter((record) => since === undefined || record.at >= since),
    'activity:clear': () => {
      fake.activity = [];
    },
    // The real rule (utils/background/site-protection.ts); an editor is "found" on every protected page.
    'tab:status': ({ url }) => {
      const state = protectionState(url ?? '', fake.settings);
      const status: TabStatus = state.active
        ? { protected: true, adapter: 'generic', editor: 'textarea' }
        : { protected: false, reason: state.reason };
      return fake.writeFault ? { ...status, writeFault: fake.writeFault } : status;
    },
    'storage:erase-all': () => {
      fake.entries = [];
      fake.activity = [];
      fake.settings = structuredClone(DEFAULT_SETTINGS);
    },
  };
  return fake;
}
