// Keeps the thresholds estimated from the library in step with it: whenever
// a session or its samples change (an import, a deletion, a sport or duration
// corrected, samples synced) or their number does, stale estimates are made
// again. The import worker refreshes after each import too; whichever asks
// second finds them fresh (refreshStaleEstimates), so an import reads the samples once.
import { useEffect, useState } from 'preact/hooks';
import { readLatestSessionChange, refreshStaleEstimates, type SessionsDb } from '../../db/first-screen';
import { useLiveQuery } from './use-live-query';

/** Null, or why the estimates could not be made. */
export function useFreshEstimates(db: SessionsDb, sessions: number | undefined): string | null {
  const [error, setError] = useState<string | null>(null);
  const latest = useLiveQuery(() => readLatestSessionChange(db), [db]);
  const changed = latest.value;
  const changeRead = changed !== undefined || latest.error !== null;
  useEffect(() => {
    // Asked once both are read: asked on the count alone, the check ran again as soon as the change arrived.
    if (sessions === undefined || sessions === 0 || !changeRead) return;
    let cancelled = false;
    refreshStaleEstimates(db)
      .then(() => !cancelled && setError(null))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [db, sessions, changed, changeRead]);
  return error;
}
