import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../db';
import { syncContentScript } from '../sites/content/content-script-registration';
import { ADAPTERS } from '../sites/registry';
import { type FirefoxToolbarApi, toggleSidebarFromToolbar } from '../toolbar/firefox-sidebar-toggle';
import { siteMessageListener } from '../worker/site-import-listener';

declare global {
  interface ImportMetaEnv {
    /** WXT's build-time flag: true in the Firefox build. */
    readonly FIREFOX: boolean;
  }
}

// Chrome's service worker and Firefox's background page (the same code: site
// import runs in both builds, issue 14).
export default defineBackground({
  main() {
    // Firefox has no sidePanel API: its toolbar button shows and hides the sidebar.
    // Chrome opens the side panel from the toolbar button only when asked to.
    // https://developer.chrome.com/docs/extensions/reference/api/sidePanel#open-action-icon
    if (import.meta.env.FIREFOX) toggleSidebarFromToolbar(browser as unknown as FirefoxToolbarApi);
    else
      browser.sidePanel
        ?.setPanelBehavior({ openPanelOnActionClick: true })
        .catch((error: unknown) =>
          console.error('SessionsAI: could not open the side panel from the toolbar button', error),
        );

    // Site pages hand fetched activities here: the importer and the database run in the background.
    browser.runtime.onMessage.addListener(siteMessageListener(openDatabase(), browser.runtime.id));
    const firefox = import.meta.env.FIREFOX;
    const sync = () =>
      void syncContentScript(browser, ADAPTERS, !firefox).catch((error: unknown) =>
        console.error('SessionsAI: could not set up the import button on training sites', error),
      );
    sync();
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
  },
});
