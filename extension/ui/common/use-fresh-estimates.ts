// Keeps the thresholds estimated from the library in step with it: whenever
// the number of sessions changes (an import, a deletion, a library stored
// before estimates existed), stale estimates are made again. The import
// worker refreshes after each import too; whichever asks second finds them
// fresh (refreshStaleEstimates), so an import reads the samples once.
import { useEffect, useState } from 'preact/hooks';
import { refreshStaleEstimates, type SessionsDb } from '../../db';

/** Null, or why the estimates could not be made. */
export function useFreshEstimates(db: SessionsDb, sessions: number | undefined): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (sessions === undefined || sessions === 0) return;
    let cancelled = false;
    refreshStaleEstimates(db)
      .then(() => !cancelled && setError(null))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [db, sessions]);
  return error;
}
