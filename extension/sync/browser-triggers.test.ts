// The adapter from the browser's alarms, start and online event to the
// background's sync triggers.
import { expect, test } from 'vitest';
import { browserTriggers, type TriggerApi } from './browser-triggers';

function fakeApi(existing: Record<string, object>) {
  const created: [string, { delayInMinutes: number; periodInMinutes: number }][] = [];
  const alarmListeners: ((alarm: { name: string }) => void)[] = [];
  const startupListeners: (() => void)[] = [];
  const api: TriggerApi = {
    alarms: {
      get: async (name) => existing[name],
      create: (name, info) => void created.push([name, info]),
      onAlarm: { addListener: (listener) => void alarmListeners.push(listener) },
    },
    runtime: { onStartup: { addListener: (listener) => void startupListeners.push(listener) } },
  };
  return { api, created, alarmListeners, startupListeners };
}

test('the alarm is set once: a service worker waking again keeps its schedule', async () => {
  const fresh = fakeApi({});
  const running = fakeApi({ 'sessionsai-sync': { name: 'sessionsai-sync', periodInMinutes: 5 } });

  await browserTriggers(fresh.api, new EventTarget()).ensureAlarm('sessionsai-sync', 5);
  await browserTriggers(running.api, new EventTarget()).ensureAlarm('sessionsai-sync', 5);

  expect(fresh.created).toEqual([['sessionsai-sync', { delayInMinutes: 5, periodInMinutes: 5 }]]);
  expect(running.created).toEqual([]);
});

test('alarms, the browser’s start and the online event reach their listeners', () => {
  const { api, alarmListeners, startupListeners } = fakeApi({});
  const scope = new EventTarget();
  const triggers = browserTriggers(api, scope);
  const heard: string[] = [];
  triggers.onAlarm((name) => heard.push(`alarm ${name}`));
  triggers.onStartup(() => heard.push('startup'));
  triggers.onOnline(() => heard.push('online'));

  for (const listener of alarmListeners) listener({ name: 'sessionsai-sync' });
  for (const listener of startupListeners) listener();
  scope.dispatchEvent(new Event('online'));
  scope.dispatchEvent(new Event('offline'));

  expect(heard).toEqual(['alarm sessionsai-sync', 'startup', 'online']);
});
