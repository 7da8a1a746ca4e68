// SiteTabs on Chrome's extension APIs (tabs, permissions, scripting, storage).
import { browser } from 'wxt/browser';
import type { SiteName } from '../../../shared/model';
import { bulkKey, bulkStore, type SavedBulkState } from '../../sites/bulk/bulk-store';
import { CONTENT_SCRIPT_FILE } from '../../sites/content/content-script-registration';
import type { SitePage } from '../../sites/site-adapter';
import type { ActivePage, SiteTabs } from './site-tabs';

type Tab = { readonly id?: number; readonly url?: string };

/**
 * The athlete's page: the active tab of the window the panel belongs to.
 * When the panel itself is open as a tab (a page of the extension), that tab
 * is not the athlete's page: the active tab of another window is.
 */
async function activePage(): Promise<ActivePage | null> {
  const ours = `${location.origin}/`;
  const pick = (tabs: readonly Tab[]) => tabs.find((t) => t.id !== undefined && !t.url?.startsWith(ours));
  const tab =
    pick(await browser.tabs.query({ active: true, lastFocusedWindow: true })) ??
    pick(await browser.tabs.query({ active: true }));
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url ?? null };
}

async function send(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script in the tab yet (it was open before the site was granted): start it, then ask again.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return browser.tabs.sendMessage(tabId, message);
  }
}

function watch(changed: () => void): () => void {
  const onUpdated = (_id: number, info: { url?: string; status?: string }) => {
    if (info.url !== undefined || info.status === 'complete') changed();
  };
  browser.tabs.onActivated.addListener(changed);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(changed);
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.tabs.onActivated.removeListener(changed);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(changed);
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

function watchBulk(site: SiteName, changed: (state: SavedBulkState | null) => void): () => void {
  const store = bulkStore(browser.storage.local);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && bulkKey(site) in changes) void store.load(site).then(changed);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The browser's SiteTabs (Chrome's side panel, Firefox's sidebar), or null where the extension APIs are missing (tests). */
export function browserSiteTabs(): SiteTabs | null {
  if (browser?.tabs === undefined || browser.permissions === undefined || browser.scripting === undefined) return null;
  const origins = (adapter: SitePage) => ({ origins: [...adapter.matches] });
  return {
    activePage,
    watch,
    hasAccess: (adapter) => browser.permissions.contains(origins(adapter)),
    requestAccess: (adapter) => browser.permissions.request(origins(adapter)),
    send,
    loadBulk: (site) => bulkStore(browser.storage.local).load(site),
    watchBulk,
  };
}
