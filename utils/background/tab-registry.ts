// What the background knows about each open tab: the page its content script reported and the
// editor it last found there. Kept in session storage in the extension (a service worker is
// stopped when idle and would forget), cleared when the browser closes.

export interface EditorSighting {
  /** The page where the editor was found. */
  url: string;
  adapter: string;
  editor: string;
  at: number;
}

export interface TabRecord {
  /** The top frame's URL as its content script reported it. */
  pageUrl?: string;
  editor?: EditorSighting;
}

export interface TabRegistry {
  get(tabId: number): Promise<TabRecord>;
  notePage(tabId: number, url: string): Promise<void>;
  noteEditor(tabId: number, sighting: EditorSighting): Promise<void>;
  forget(tabId: number): Promise<void>;
  /**
   * Forgets every editor sighting. Pages stay known: they are how the tabs still open hear that
   * the watchlist is now empty.
   */
  forgetEditors(): Promise<void>;
}

/** The subset of `browser.storage.session` (a StorageArea) this needs. */
export interface SessionArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const KEY_PREFIX = 'tab:';

export function createTabRegistry(area: SessionArea): TabRegistry {
  // One key per fact, so two reports arriving together cannot overwrite each other.
  const pageKey = (tabId: number) => `${KEY_PREFIX}${tabId}:page`;
  const editorKey = (tabId: number) => `${KEY_PREFIX}${tabId}:editor`;
  return {
    async get(tabId) {
      const items = await area.get([pageKey(tabId), editorKey(tabId)]);
      const pageUrl = items[pageKey(tabId)] as string | undefined;
      const editor = items[editorKey(tabId)] as EditorSighting | undefined;
      return { ...(pageUrl !== undefined ? { pageUrl } : {}), ...(editor ? { editor } : {}) };
    },
    notePage: (tabId, url) => area.set({ [pageKey(tabId)]: url }),
    noteEditor: (tabId, sighting) => area.set({ [editorKey(tabId)]: sighting }),
    forget: (tabId) => area.remove([pageKey(tabId), editorKey(tabId)]),
    async forgetEditors() {
      const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(KEY_PREFIX) && key.endsWith(':editor'));
      if (keys.length > 0) await area.remove(keys);
    },
  };
}

/** A SessionArea in memory: for browsers without storage.session, and for tests. */
export function createMemorySessionArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...items.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))]));
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) items.delete(key);
    },
  };
}
