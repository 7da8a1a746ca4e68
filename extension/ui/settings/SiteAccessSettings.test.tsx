import { afterEach, describe, expect, it } from 'vitest';
import { syncContentScript, type RegistrationApi } from '../../sites/content/content-script-registration';
import { ADAPTERS } from '../../sites/registry';
import { byText, mount, textsOf, unmountAll, waitFor } from '../test-support/render';
import { type PermissionsApi, siteAccess } from './site-access';
import { SiteAccessSettings } from './SiteAccessSettings';

afterEach(unmountAll);

/**
 * The browser's permissions and scripting APIs as far as this feature uses
 * them: granted origins, their events, and the registered content script, so
 * a test sees what the background's sync does after a removal.
 */
function browserWith(granted: string[]) {
  const origins = new Set(granted);
  const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
  let registered: string[] | null = null;
  const event = (set: Set<() => void>) => ({
    addListener: (f: () => void) => void set.add(f),
    removeListener: (f: () => void) => void set.delete(f),
  });
  const permissions: PermissionsApi = {
    contains: async (p) => p.origins.every((o) => origins.has(o)),
    async remove(p) {
      for (const o of p.origins) origins.delete(o);
      for (const f of listeners.removed) f();
      return true;
    },
    onAdded: event(listeners.added),
    onRemoved: event(listeners.removed),
  };
  const api: RegistrationApi = {
    permissions,
    scripting: {
      getRegisteredContentScripts: async () => (registered === null ? [] : [{}]),
      registerContentScripts: async ([s]) => void (registered = s!.matches),
      updateContentScripts: async ([s]) => void (registered = s!.matches),
      unregisterContentScripts: async () => void (registered = null),
    },
  };
  return { permissions, api, registered: () => registered };
}

describe('Training sites in Settings', () => {
  it('lists the sites allowed, each with Remove access', async () => {
    const browser = browserWith(['https://www.strava.com/*', 'https://intervals.icu/*']);
    const root = mount(<SiteAccessSettings access={siteAccess(browser.permissions)} />);
    await waitFor(() => expect(textsOf(root, 'li span')).toEqual(['Strava', 'intervals.icu']));
    expect(textsOf(root, 'li button')).toEqual(['Remove access', 'Remove access']);
  });

  it('removes the permission, and the content script is unregistered when no site is left', async () => {
    const browser = browserWith(['https://www.strava.com/*']);
    // The background keeps the content script in step with the permissions (background.ts).
    browser.permissions.onRemoved.addListener(() => void syncContentScript(browser.api, ADAPTERS));
    await syncContentScript(browser.api, ADAPTERS);
    expect(browser.registered()).toEqual(['https://www.strava.com/*']);

    const root = mount(<SiteAccessSettings access={siteAccess(browser.permissions)} />);
    (await waitFor(() => byText(root, 'Remove access', 'button'))).click();
    await waitFor(() =>
      expect(root.querySelector('output')?.textContent).toBe(
        'SessionsAI no longer reads Strava; what you imported from it stays in your library.',
      ),
    );
    expect(await browser.permissions.contains({ origins: ['https://www.strava.com/*'] })).toBe(false);
    await waitFor(() => expect(browser.registered()).toBeNull());
    expect(root.querySelector('.settings-note')?.textContent).toBe(
      'No site allowed. Allow one from the panel while you are on its page.',
    );
  });

  it('is absent where the browser has no permissions API', () => {
    const root = mount(<SiteAccessSettings access={null} />);
    expect(root.innerHTML).toBe('');
  });
});
