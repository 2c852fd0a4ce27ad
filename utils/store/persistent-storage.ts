// Storage marked persistent: the browser may otherwise evict an extension's IndexedDB under disk
// pressure, and the watchlist would be gone without a word. The manifest's unlimitedStorage
// permission exempts it from quota and eviction in Chrome; persist() says the same where it exists.

/** True when the browser keeps our storage until the person clears it; false when it may not. */
export async function askForPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage) return false;
  if (typeof storage.persisted === 'function' && (await storage.persisted().catch(() => false))) return true;
  // persist() is exposed to windows only: absent in a service worker.
  if (typeof storage.persist !== 'function') return false;
  return storage.persist().catch(() => false);
}
