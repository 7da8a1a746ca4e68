// Where Clerk keeps its client token: the extension's private values, not its
// SDK's default, browser.storage.local, which content scripts can read
// (ai/key-value-area.ts says why). Keys are made the way Clerk's own caches
// make them, so the move from storage.local (ai/move-secrets.ts) finds them.
import type { CreateClerkClientOptions } from '@clerk/chrome-extension/client';
import type { KeyValueArea } from '../ai/key-value-area';

export type ClerkStorageCache = NonNullable<CreateClerkClientOptions['storageCache']>;

export function clerkStorage(area: KeyValueArea): ClerkStorageCache {
  return {
    createKey: (...keys) => keys.filter(Boolean).join('|'),
    get: async <T>(key: string) => ((await area.get(key)) as T | undefined) ?? undefined,
    set: (key, value) => area.set(key, value),
    remove: (key) => area.remove(key),
  };
}
