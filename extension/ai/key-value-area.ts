// Where the AI settings (with the consent and the API address), the athlete's
// API key and Clerk's session token are kept: the extension's private values
// (db/private-values.ts), which content scripts cannot reach, not the
// library's tables, so none of them is ever part of an export or a sync.
// Tests pass a memory area instead.
import { browser } from 'wxt/browser';
import { privateValues } from '../db';
import { moveSecrets } from './move-secrets';

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Calls `listener` with each key changed (here or in another page of the extension); returns the unsubscribe. */
  onChanged(listener: (key: string) => void): () => void;
}

let pageArea: KeyValueArea | null = null;

/**
 * The extension's private values, once the secrets an older version kept in
 * storage.local have moved there; elsewhere (a page opened outside the
 * extension, the UI tests of other views) values last for the page only.
 */
export function defaultArea(): KeyValueArea {
  // wxt/browser is undefined outside an extension page, whatever its type says.
  const local = (browser as typeof browser | undefined)?.storage?.local;
  if (!local) return memoryArea();
  pageArea ??= afterMove(privateValues(), (area) => moveSecrets(local, area));
  return pageArea;
}

/** `area`, each read and write waiting for `move` first; a failed move leaves the old copies where they were. */
function afterMove(area: KeyValueArea, move: (area: KeyValueArea) => Promise<void>): KeyValueArea {
  const moved = move(area).catch(() => undefined);
  return {
    get: (key) => moved.then(() => area.get(key)),
    set: (key, value) => moved.then(() => area.set(key, value)),
    remove: (key) => moved.then(() => area.remove(key)),
    onChanged: (listener) => area.onChanged(listener),
  };
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
