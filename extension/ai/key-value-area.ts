// Where the AI settings and the athlete's API key are kept: extension storage
// (browser.storage.local), not the Dexie database, so the key is never part of
// an export or a sync. Tests pass a memory area instead.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-local
import { browser } from 'wxt/browser';

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Calls `listener` with each key changed (here or in another page of the extension); returns the unsubscribe. */
  onChanged(listener: (key: string) => void): () => void;
}

/** The extension's own local storage area. */
export function extensionStorageArea(): KeyValueArea {
  const local = browser.storage.local;
  return {
    get: async (key) => (await local.get(key))[key],
    set: (key, value) => local.set({ [key]: value }),
    remove: (key) => local.remove(key),
    onChanged(listener) {
      const handle = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local') for (const key of Object.keys(changes)) listener(key);
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
  };
}

/**
 * The extension's storage where there is one; elsewhere (a page opened outside
 * the extension, the UI tests of other views) settings last for the page only.
 */
export function defaultArea(): KeyValueArea {
  // wxt/browser is undefined outside an extension page, whatever its type says.
  const api = browser as typeof browser | undefined;
  return api?.storage?.local ? extensionStorageArea() : memoryArea();
}

/** An area in memory, for tests and for a page without extension storage. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const values = new Map(Object.entries(initial));
  const listeners = new Set<(key: string) => void>();
  const changed = (key: string) => {
    for (const l of listeners) l(key);
  };
  return {
    get: async (key) => structuredClone(values.get(key)),
    async set(key, value) {
      values.set(key, structuredClone(value));
      changed(key);
    },
    async remove(key) {
      values.delete(key);
      changed(key);
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
