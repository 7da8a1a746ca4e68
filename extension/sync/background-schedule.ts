// When the background syncs with the side panel closed: on a repeating alarm
// (https://developer.chrome.com/docs/extensions/reference/api/alarms; Chrome
// allows one every 30 s at most, every few minutes is enough to catch up),
// when the browser comes back online, and when it starts. A build without
// accounts sets no alarm and listens to nothing.
import type { CloudConfig } from '../account/cloud-config';

export const SYNC_ALARM = 'sessionsai-sync';
export const SYNC_EVERY_MINUTES = 5;

/** What wakes the background to sync; browser-triggers.ts adapts the browser's APIs. */
export interface SyncTriggers {
  /** Sets the repeating alarm unless it is already set (so a waking service worker does not postpone it). */
  ensureAlarm(name: string, periodInMinutes: number): Promise<void>;
  onAlarm(listener: (name: string) => void): void;
  onOnline(listener: () => void): void;
  onStartup(listener: () => void): void;
}

/**
 * Runs `pass` on each trigger in a build with accounts. Passes never overlap one another or the panel's
 * engine: the pass takes the sync lock (background-pass.ts). A pass that throws is logged; the next trigger
 * tries again.
 */
export function scheduleBackgroundSync(
  config: CloudConfig,
  triggers: SyncTriggers,
  pass: (cloud: Extract<CloudConfig, { available: true }>) => Promise<unknown>,
): void {
  if (!config.available) return;
  const run = () =>
    void pass(config).catch((error: unknown) => console.error('SessionsAI: the background sync stopped', error));
  void triggers
    .ensureAlarm(SYNC_ALARM, SYNC_EVERY_MINUTES)
    .catch((error: unknown) => console.error('SessionsAI: could not set the background sync alarm', error));
  triggers.onAlarm((name) => {
    if (name === SYNC_ALARM) run();
  });
  triggers.onOnline(run);
  triggers.onStartup(run);
}
