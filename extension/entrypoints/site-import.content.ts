/// <reference types="vite/client" />
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bulkStore } from '../sites/bulk/bulk-store';
import { libraryClient } from '../sites/content/library-client';
import { panelListener } from '../sites/content/panel-listener';
import { startSitePage } from '../sites/content/site-page';
import { adapterForUrl } from '../sites/registry';

// Registered at runtime, only for the sites the athlete has granted
// (sites/content/content-script-registration.ts); no `matches` here, so the
// manifest asks for no host permission (WXT adds a runtime script's matches
// to host_permissions).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const page = startSitePage({
      window,
      pageMatch: adapterForUrl,
      library: libraryClient((message) => browser.runtime.sendMessage(message)),
      bulk: bulkStore(browser.storage.local),
      // The diagnostics page exists in development builds only (wxt.config.ts).
      diagnostics: import.meta.env.DEV,
    });
    page.refresh();
    ctx.addEventListener(window, 'wxt:locationchange', () => page.refresh());
    const listener = panelListener(page);
    browser.runtime.onMessage.addListener(listener);
    // A newer copy of this script (the extension updated, or injected again) takes over.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      page.stop();
    });
  },
});
