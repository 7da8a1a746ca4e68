import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../registry';
import {
  CONTENT_SCRIPT_FILE,
  CONTENT_SCRIPT_ID,
  syncContentScript,
  type RegisteredScript,
  type RegistrationApi,
} from './content-script-registration';

/** chrome.permissions and chrome.scripting over `granted` origins and one registered script at most. */
function fakeChrome(granted: string[]) {
  let registered: RegisteredScript | null = null;
  const calls: string[] = [];
  const api: RegistrationApi = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async () => (registered ? [registered] : []),
      registerContentScripts: async ([script]) => {
        calls.push('register');
        registered = script!;
      },
      updateContentScripts: async ([script]) => {
        calls.push('update');
        registered = script!;
      },
      unregisterContentScripts: async () => {
        calls.push('unregister');
        registered = null;
      },
    },
  };
  return { api, calls, registered: () => registered, granted };
}

describe('the content script registration', () => {
  it('registers nothing while no site is granted', async () => {
    const chrome = fakeChrome([]);
    expect(await syncContentScript(chrome.api, ADAPTERS)).toEqual([]);
    expect(chrome.calls).toEqual([]);
  });

  it('runs the script on exactly the granted sites, following grants and removals', async () => {
    const chrome = fakeChrome(['https://www.strava.com/*']);
    await syncContentScript(chrome.api, ADAPTERS);
    expect(chrome.registered()).toEqual({
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: ['https://www.strava.com/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });

    chrome.granted.push('https://intervals.icu/*');
    await syncContentScript(chrome.api, ADAPTERS);
    expect(chrome.registered()?.matches).toEqual(['https://www.strava.com/*', 'https://intervals.icu/*']);

    chrome.granted.length = 0;
    await syncContentScript(chrome.api, ADAPTERS);
    expect(chrome.registered()).toBeNull();
    expect(chrome.calls).toEqual(['register', 'update', 'unregister']);
  });
});
