// "Erase everything (this browser)": the database, the extension's private
// values (the AI key, settings, consent and address, and Clerk's session
// token), every extension storage area the code uses (bulk-import ids), and
// the panel's localStorage (units). Afterwards the extension starts as freshly installed.
import { browser } from 'wxt/browser';
import { eraseAll, privateValues, type SessionsDb } from '../../db';

/** The extension storage areas the code uses; erase-browser.test.ts fails when code uses one not listed. */
export const EXTENSION_AREAS = ['local', 'session', 'sync'] as const;

export interface BrowserStores {
  readonly privateValues: { clear(): Promise<void> };
  readonly areas: readonly { clear(): Promise<void> }[];
  readonly page: Pick<Storage, 'clear'>;
}

/** The real stores: the private values, the extension's areas that exist in this browser, and the panel's localStorage. */
export function browserStores(): BrowserStores {
  // wxt/browser is undefined outside an extension page, whatever its type says.
  const storage = (browser as typeof browser | undefined)?.storage;
  const areas = EXTENSION_AREAS.map((name) => storage?.[name]).filter((area) => area !== undefined);
  return { privateValues: privateValues(), areas, page: localStorage };
}

/** Erases the database first (the largest part, in one transaction), then the private values and every storage area. */
export async function eraseBrowser(db: SessionsDb, stores: BrowserStores = browserStores()): Promise<void> {
  await eraseAll(db);
  await stores.privateValues.clear();
  for (const area of stores.areas) await area.clear();
  stores.page.clear();
}
