// The training sites the athlete has allowed, and taking that access back:
// permissions.remove drops the site's optional host permission, and the
// background, listening to permissions.onRemoved, unregisters the import
// button's content script there (extension/entrypoints/background.ts,
// sites/content/content-script-registration.ts).
// https://developer.chrome.com/docs/extensions/reference/api/permissions#method-remove
import { browser } from 'wxt/browser';
import { ADAPTERS } from '../../sites/registry';
import type { SiteAdapter } from '../../sites/site-adapter';

export interface SiteAccess {
  /** The sites whose access is granted, in the registry's order. */
  granted(): Promise<SiteAdapter[]>;
  /** True when the browser took the access back. */
  remove(adapter: SiteAdapter): Promise<boolean>;
  /** Calls `changed` whenever a site is granted or removed (here or from the browser's own settings). */
  watch(changed: () => void): () => void;
}

/** The parts of the permissions API used here. */
export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  readonly onAdded: { addListener(f: () => void): void; removeListener(f: () => void): void };
  readonly onRemoved: { addListener(f: () => void): void; removeListener(f: () => void): void };
}

export function siteAccess(permissions: PermissionsApi, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAccess {
  const origins = (adapter: SiteAdapter) => ({ origins: [...adapter.matches] });
  return {
    async granted() {
      const has = await Promise.all(adapters.map((adapter) => permissions.contains(origins(adapter))));
      return adapters.filter((_, i) => has[i]);
    },
    remove: (adapter) => permissions.remove(origins(adapter)),
    watch(changed) {
      permissions.onAdded.addListener(changed);
      permissions.onRemoved.addListener(changed);
      return () => {
        permissions.onAdded.removeListener(changed);
        permissions.onRemoved.removeListener(changed);
      };
    },
  };
}

/** The browser's, or null where there is no permissions API (tests of other views). */
export function browserSiteAccess(): SiteAccess | null {
  return browser?.permissions === undefined ? null : siteAccess(browser.permissions);
}
