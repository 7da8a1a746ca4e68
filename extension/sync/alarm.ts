// With the panel closed, the background syncs on an alarm
// (https://developer.chrome.com/docs/extensions/reference/api/alarms): Chrome
// allows one every 30 s at most; every few minutes is enough to catch up.

export const SYNC_ALARM = 'sessionsai-sync';
export const SYNC_EVERY_MINUTES = 5;

/** The part of chrome.alarms (and Firefox's browser.alarms) this uses. */
export interface Alarms {
  create(name: string, info: { periodInMinutes: number }): unknown;
  readonly onAlarm: { addListener(callback: (alarm: { name: string }) => void): void };
}

/** Runs `sync` every SYNC_EVERY_MINUTES while the browser is open. */
export function scheduleSyncAlarm(alarms: Alarms, sync: () => unknown): void {
  alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) sync();
  });
}
