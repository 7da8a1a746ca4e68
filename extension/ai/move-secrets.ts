// The one-time move of secrets out of browser.storage.local, which content
// scripts on the training sites can read and write, into the extension's
// private values (db/private-values.ts). Run before the private values are
// first used; once moved, nothing is left behind to move again.
import type { KeyValueArea } from './key-value-area';
import { API_KEY_KEY, SETTINGS_KEY } from './ai-settings';

/** The part of browser.storage.local the move uses. */
export interface LegacyArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Clerk's client token key, `<frontendApi>|__clerk_client_jwt|v2` (its JWTHandler's createKey). */
const CLERK_TOKEN_KEY = /\|__clerk_client_jwt\|/;

/** A key that held a secret in storage.local: the API key, the AI settings (consent, API address), Clerk's token. */
export function isSecretKey(key: string): boolean {
  return key === API_KEY_KEY || key === SETTINGS_KEY || CLERK_TOKEN_KEY.test(key);
}

/** Copies each secret to `to` (a value already there wins: it is newer) and removes it from `from`. */
export async function moveSecrets(from: LegacyArea, to: KeyValueArea): Promise<void> {
  const stored = await from.get(null);
  const keys = Object.keys(stored).filter(isSecretKey);
  for (const key of keys) if ((await to.get(key)) === undefined) await to.set(key, stored[key]);
  if (keys.length > 0) await from.remove(keys);
}
