import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundConnection } from '../account/background-connection';
import { cloudConfig } from '../account/cloud-config';
import { openDatabase } from '../db';
import { syncContentScript } from '../sites/content/content-script-registration';
import { ADAPTERS } from '../sites/registry';
import { backgroundSyncPass, browserTriggers, scheduleBackgroundSync } from '../sync';
import { type FirefoxToolbarApi, toggleSidebarFromToolbar } from '../toolbar/firefox-sidebar-toggle';
import { siteMessageListener } from '../worker/site-import-listener';

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

    const db = openDatabase();
    // Site pages hand fetched activities here: the importer and the database run in the background.
    browser.runtime.onMessage.addListener(siteMessageListener(db, browser.runtime.id));
    // With the panel closed, a signed-in library syncs every few minutes, online again and at start (issue 11).
    // Tested on the build's own variables, which the bundler fills in: a build without accounts leaves Clerk and
    // Convex out of the background, which each wake of the service worker would otherwise parse (1.3 MB, about a
    // second before the import button's script was registered). Firefox has no accounts yet (cloud-config.ts).
    if (import.meta.env.WXT_CONVEX_URL && import.meta.env.WXT_CLERK_PUBLISHABLE_KEY && !import.meta.env.FIREFOX)
      scheduleBackgroundSync(cloudConfig(), browserTriggers(browser, globalThis), (cloud) =>
        backgroundSyncPass({ db, locks: navigator.locks, connect: () => backgroundConnection(cloud) }),
      );
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
