import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Chrome opens the side panel from the toolbar button only when asked to;
// Firefox has no sidePanel API and shows the sidebar from its own sidebar menu.
// https://developer.chrome.com/docs/extensions/reference/api/sidePanel#open-action-icon
export default defineBackground({
  exclude: ['firefox'],
  main() {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('SessionsAI: could not open the side panel from the toolbar button', error));
  },
});
