export type PersistState = 'granted' | 'not-granted' | 'unsupported';

/**
 * Ask the browser to keep the extension's IndexedDB when disk space runs low. Only pages (side
 * panel, options) can ask; the service worker has no navigator.storage.persist.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

export async function persistState(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}
