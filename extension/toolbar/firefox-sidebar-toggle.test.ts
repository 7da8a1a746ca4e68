import { describe, expect, it } from 'vitest';
import { type FirefoxToolbarApi, toggleSidebarFromToolbar } from './firefox-sidebar-toggle';

/** Firefox's two APIs, recording toggles; `click` is the athlete pressing the toolbar button. */
function firefox(): { api: FirefoxToolbarApi; click(): void; toggles: () => number } {
  const listeners: (() => void)[] = [];
  let toggles = 0;
  const api: FirefoxToolbarApi = {
    browserAction: { onClicked: { addListener: (listener) => listeners.push(listener) } },
    sidebarAction: {
      toggle: async () => {
        toggles += 1;
      },
    },
  };
  const click = () => {
    for (const listener of listeners) listener();
  };
  return { api, click, toggles: () => toggles };
}

describe('the Firefox toolbar button', () => {
  it('toggles the sidebar on each click, and only then', () => {
    const browser = firefox();
    toggleSidebarFromToolbar(browser.api);
    expect(browser.toggles()).toBe(0);
    browser.click();
    browser.click();
    expect(browser.toggles()).toBe(2);
  });
});
