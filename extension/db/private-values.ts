// Values only the extension's own pages may read: the Anthropic API key, the AI
// settings with the consent and the API address, and Clerk's session token.
// browser.storage.local is shared with content scripts, which run on Strava,
// Garmin Connect and intervals.icu and can read and write it; Chrome allows
// setAccessLevel only on storage.session, which forgets on restart, and Firefox
// not at all (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754). A
// content script runs with the web page's origin, so it never reaches the
// extension origin's IndexedDB. A database of its own, apart from the
// library's, so no export, sync or schema version of the library includes it.
import { Dexie, type Table } from 'dexie';
import type { IndexedDbDeps } from './database';

export const PRIVATE_DB_NAME = 'sessionsai-private';

/** Key-value storage with change notices across the extension's pages (the shape of ai/key-value-area.ts's KeyValueArea). */
export interface PrivateValues {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Calls `listener` with each key changed, here or in another page of the extension; returns the unsubscribe. */
  onChanged(listener: (key: string) => void): () => void;
  /** Removes every value (erase everything). */
  clear(): Promise<void>;
}

class PrivateDatabase extends Dexie {
  declare readonly values: Table<unknown, string>;
  constructor(name: string, deps: IndexedDbDeps) {
    super(name, deps);
    this.version(1).stores({ values: '' });
  }
}

/** The extension's private values, in the IndexedDB database `name`. */
export function privateValues(name: string = PRIVATE_DB_NAME, deps: IndexedDbDeps = {}): PrivateValues {
  const db = new PrivateDatabase(name, deps);
  // IndexedDB has no change events: pages tell each other through a channel of
  // their origin, open only while this page listens.
  const listeners = new Set<(key: string) => void>();
  let channel: BroadcastChannel | null = null;
  const changed = (key: string) => {
    for (const listener of listeners) listener(key);
    const sender = channel ?? new BroadcastChannel(name);
    sender.postMessage(key);
    if (sender !== channel) sender.close();
  };
  return {
    get: (key) => db.values.get(key),
    async set(key, value) {
      await db.values.put(value, key);
      changed(key);
    },
    async remove(key) {
      await db.values.delete(key);
      changed(key);
    },
    onChanged(listener) {
      listeners.add(listener);
      if (channel === null) {
        channel = new BroadcastChannel(name);
        channel.onmessage = (event: MessageEvent<string>) => {
          for (const l of listeners) l(event.data);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          channel?.close();
          channel = null;
        }
      };
    },
    async clear() {
      const keys = await db.values.toCollection().primaryKeys();
      await db.values.clear();
      for (const key of keys) changed(key);
    },
  };
}
