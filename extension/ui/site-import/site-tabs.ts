// What the site-import bar needs from the browser: the page in the active
// tab, per-site access, a way to reach that page's content script, and the
// saved bulk-import state. The panel's tests give their own.
import type { SiteName } from '../../../shared/model';
import type { SavedBulkState } from '../../sites/bulk/bulk-store';
import type { SitePage } from '../../sites/site-adapter';
import type { ToTab } from '../../sites/content/tab-protocol';

export interface ActivePage {
  readonly tabId: number;
  /** Null when the extension may not read the tab's address: its site is not granted (or it is no web page). */
  readonly url: string | null;
}

export interface SiteTabs {
  activePage(): Promise<ActivePage | null>;
  /** Calls `changed` when the active tab, its address or the granted sites change; returns the unsubscribe. */
  watch(changed: () => void): () => void;
  hasAccess(adapter: SitePage): Promise<boolean>;
  /** Asks the athlete for access to the site; must run straight from their click (a user gesture). */
  requestAccess(adapter: SitePage): Promise<boolean>;
  /** Sends to the tab's content script, starting it there first when the page was open before access was granted. */
  send(tabId: number, message: ToTab): Promise<unknown>;
  loadBulk(site: SiteName): Promise<SavedBulkState | null>;
  /** Calls `changed` with every state the running import saves; returns the unsubscribe. */
  watchBulk(site: SiteName, changed: (state: SavedBulkState | null) => void): () => void;
}
