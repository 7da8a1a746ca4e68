// The content script's answer to the side panel's messages
// (chrome.runtime.onMessage: returning true keeps sendResponse open for an
// asynchronous answer, https://developer.chrome.com/docs/extensions/develop/concepts/messaging#simple).
import type { SitePage } from './site-page';
import { isToTab } from './tab-protocol';

export function panelListener(page: SitePage) {
  return (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    if (!isToTab(message)) return false;
    page
      .handle(message)
      .then(sendResponse, (error: unknown) => sendResponse({ kind: 'failed', message: String(error) }));
    return true;
  };
}
