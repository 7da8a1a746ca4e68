// The content script runs only on the sites the athlete has granted: it is
// registered at runtime for the granted sites' match patterns, again on every
// start and whenever a site is granted or removed
// (https://developer.chrome.com/docs/extensions/reference/api/scripting#method-registerContentScripts;
// WXT's `registration: 'runtime'`, https://wxt.dev/guide/essentials/content-scripts).
import type { SiteAdapter } from '../site-adapter';

export const CONTENT_SCRIPT_ID = 'sessionsai-site-import';
/** Where WXT writes the entrypoints/site-import.content.ts bundle. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/site-import.js';

/** The parts of chrome.permissions and chrome.scripting used here. */
export interface RegistrationApi {
  readonly permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  readonly scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<readonly unknown[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

export interface RegisteredScript {
  readonly id: string;
  readonly js: string[];
  readonly matches: string[];
  readonly runAt: 'document_idle';
  readonly persistAcrossSessions: boolean;
}

/** The match patterns of every site whose access is granted. */
export async function grantedMatches(
  api: Pick<RegistrationApi, 'permissions'>,
  adapters: readonly SiteAdapter[],
): Promise<string[]> {
  const granted: string[] = [];
  for (const adapter of adapters)
    if (await api.permissions.contains({ origins: [...adapter.matches] })) granted.push(...adapter.matches);
  return granted;
}

/**
 * Registers, updates or removes the content script so it runs exactly on the
 * granted sites. `persist` keeps the registration across browser restarts
 * (Chrome, whose service worker may start after restored tabs load); Firefox
 * is given false, the value its scripting API has long supported, and its
 * persistent background registers again on every start
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/scripting/RegisteredContentScript).
 */
export async function syncContentScript(
  api: RegistrationApi,
  adapters: readonly SiteAdapter[],
  persist = true,
): Promise<string[]> {
  const matches = await grantedMatches(api, adapters);
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] })).length > 0;
  if (matches.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return matches;
  }
  const script: RegisteredScript = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: persist,
  };
  await (registered ? api.scripting.updateContentScripts([script]) : api.scripting.registerContentScripts([script]));
  return matches;
}
