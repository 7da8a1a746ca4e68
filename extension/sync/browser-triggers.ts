// The browser's side of SyncTriggers: chrome.alarms (browser.alarms in Firefox),
// runtime.onStartup and the global 'online' event, which Chrome's service
// worker and Firefox's background page both receive while they are awake.
import type { SyncTriggers } from './background-schedule';

/** The parts of the extension API the triggers use (WXT's `browser` has them in both builds). */
export interface TriggerApi {
  readonly alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
    readonly onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  readonly runtime: { readonly onStartup: { addListener(listener: () => void): void } };
}

export function browserTriggers(api: TriggerApi, scope: Pick<EventTarget, 'addEventListener'>): SyncTriggers {
  return {
    async ensureAlarm(name, periodInMinutes) {
      if ((await api.alarms.get(name)) === undefined)
        await api.alarms.create(name, { delayInMinutes: periodInMinutes, periodInMinutes });
    },
    onAlarm: (listener) => api.alarms.onAlarm.addListener((alarm) => listener(alarm.name)),
    onOnline: (listener) => scope.addEventListener('online', listener),
    onStartup: (listener) => api.runtime.onStartup.addListener(listener),
  };
}
