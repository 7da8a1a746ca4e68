// Moving time from timer events: FIT event "timer" with event_type start /
// stop / stop_all (Garmin FIT profile, types "event" and "event_type"; the
// FIT activity file description says the timer's start and stop events bound
// the time the athlete was recording). Used when a session or lap message
// does not carry total_timer_time.
import { num, str } from './message-fields';
import type { FitMessage } from './types';

const STOPS = new Set(['stop', 'stopAll', 'stopDisable', 'stopDisableAll']);

/**
 * Seconds the timer ran between `fromMs` and `toMs` (UTC epoch ms), or null
 * when the events hold no timer start. A timer still running at `toMs` counts
 * up to `toMs`.
 */
export function timerSeconds(events: readonly FitMessage[], fromMs: number, toMs: number): number | null {
  let runningSince: number | null = null;
  let sawStart = false;
  let totalMs = 0;
  const add = (a: number, b: number) => {
    const lo = Math.max(a, fromMs);
    const hi = Math.min(b, toMs);
    if (hi > lo) totalMs += hi - lo;
  };
  for (const e of events) {
    if (e.event !== 'timer') continue;
    const at = num(e, 'timestamp');
    const type = str(e, 'eventType');
    if (at === null || type === null) continue;
    if (type === 'start') {
      sawStart = true;
      if (runningSince === null) runningSince = at;
    } else if (STOPS.has(type) && runningSince !== null) {
      add(runningSince, at);
      runningSince = null;
    }
  }
  if (!sawStart) return null;
  if (runningSince !== null) add(runningSince, toMs);
  return totalMs / 1000;
}
