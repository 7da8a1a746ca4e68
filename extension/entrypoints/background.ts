import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SessionsDb } from '../db';
import { syncContentScript } from '../sites/content/content-script-registration';
import { ADAPTERS } from '../sites/registry';
import { siteMessageListener } from '../worker/site-import-listener';

// Chrome's service worker and Firefox's background page (the same code: site
// import runs in both builds, issue 14).
export default defineBackground({
  main() {
    // Chrome opens the side panel from the toolbar button only when asked to;
    // Firefox has no sidePanel API and shows the sidebar from its own sidebar menu.
    // https://developer.chrome.com/docs/extensions/reference/api/sidePanel#open-action-icon
    browser.sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) =>
        console.error('SessionsAI: could not open the side panel from the toolbar button', error),
      );

    // Site pages hand fetched activities here: the importer and the database run in the background.
    browser.runtime.onMessage.addListener(siteMessageListener(new SessionsDb(), browser.runtime.id));
    const firefox = globalThis.location.protocol === 'moz-extension:';
    const sync = () =>
      void syncContentScript(browser, ADAPTERS, !firefox).catch((error: unknown) =>
        console.error('SessionsAI: could not set up the import button on training sites', error),
      );
    sync();
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
  },
});
