// The background's wake-ups by hand: the test fires an alarm, the browser
// coming back online or its start, and sees which alarms were set.
import type { SyncTriggers } from '../../../extension/sync';

export interface FakeTriggers extends SyncTriggers {
  /** Alarms set, as [name, period in minutes]. */
  readonly alarms: [string, number][];
  /** How many listeners of any kind were added. */
  listenerCount(): number;
  fireAlarm(name: string): void;
  goOnline(): void;
  startBrowser(): void;
}

export function fakeTriggers(): FakeTriggers {
  const alarmListeners: ((name: string) => void)[] = [];
  const onlineListeners: (() => void)[] = [];
  const startupListeners: (() => void)[] = [];
  const alarms: [string, number][] = [];
  return {
    alarms,
    ensureAlarm: async (name, period) => void alarms.push([name, period]),
    onAlarm: (listener) => void alarmListeners.push(listener),
    onOnline: (listener) => void onlineListeners.push(listener),
    onStartup: (listener) => void startupListeners.push(listener),
    listenerCount: () => alarmListeners.length + onlineListeners.length + startupListeners.length,
    fireAlarm: (name) => {
      for (const listener of alarmListeners) listener(name);
    },
    goOnline: () => {
      for (const listener of onlineListeners) listener();
    },
    startBrowser: () => {
      for (const listener of startupListeners) listener();
    },
  };
}
