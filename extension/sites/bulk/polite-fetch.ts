// Bulk imports ask a site politely: one request at a time, with a pause
// before every request after the first. Sauce for Strava limits itself to
// about 30 requests a minute (docs/domain.md, "Getting activities from sites"):
// 2 s between requests stays at that rate.
import type { SiteFetch } from '../site-adapter';

export const POLITE_DELAY_MS = 2_000;

/** Waits `ms`, or rejects with the signal's reason once it aborts. */
export type Delay = (ms: number, signal: AbortSignal) => Promise<void>;

export const realDelay: Delay = (ms, signal) =>
  new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });

/** `fetch` with `delay(ms)` before every request but the first, and no request once `signal` aborts. */
export function politeFetch(fetch: SiteFetch, delay: Delay, ms: number, signal: AbortSignal): SiteFetch {
  let first = true;
  return async (path, init) => {
    if (!first) await delay(ms, signal);
    first = false;
    signal.throwIfAborted();
    return fetch(path, init);
  };
}
