// Work the first screen does not show waits until the browser is idle after
// it: started as the panel opened, its reads queued beside the first screen's
// and its answers re-rendered the panel while the first list row was awaited.
import { useEffect, useState } from 'preact/hooks';

/** Bounds the wait on a browser that stays busy. */
const IDLE_TIMEOUT_MS = 2000;

/** False until the browser's first idle moment after the component mounted (a task later where it has no idle callbacks). */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    // Absent in happy-dom and Safari.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}
