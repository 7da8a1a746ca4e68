import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../db';
import { syncContentScript } from '../sites/content/content-script-registration';
import { ADAPTERS } from '../sites/registry';
import { type FirefoxToolbarApi, toggleSidebarFromToolbar } from '../toolbar/firefox-sidebar-toggle';
import { siteMessageListener } from '../worker/site-import-listener';

declare global {
  interface ImportMetaEnv {
    /** WXT's build-time flag: true in the Firefox build, whose bundle then drops the Chrome-only code below. */
    readonly FIREFOX: boolean;
  }
}

export default defineBackground({
  main() {
    // Firefox has no sidePanel API and no site import yet: its background only
    // makes the toolbar button show and hide the sidebar.
    if (import.meta.env.FIREFOX) return toggleSidebarFromToolbar(browser as unknown as FirefoxToolbarApi);

    // Chrome opens the side panel from the toolbar button only when asked to.
    // https://developer.chrome.com/docs/extensions/reference/api/sidePanel#open-action-icon
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) =>
        console.error('SessionsAI: could not open the side panel from the toolbar button', error),
      );

    // Site pages hand fetched activities here: the importer and the database run in this worker.
    browser.runtime.onMessage.addListener(siteMessageListener(openDatabase()));
    const sync = () =>
      void syncContentScript(browser, ADAPTERS).catch((error: unknown) =>
        console.error('SessionsAI: could not set up the import button on training sites', error),
      );
    sync();
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
  },
});
