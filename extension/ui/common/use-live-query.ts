// Reading the database so the view follows it: Dexie's liveQuery re-runs the
// query whenever a table it read changes, in this page or another context
// (the import worker), and the component re-renders with the new answer.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** The latest answer; the previous one is kept while a changed query runs, so a view does not flicker. */
  readonly value: T | undefined;
  readonly error: Error | null;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: null });
  // A layout effect asks as the component mounts; Preact runs plain effects only after the next frame, and each
  // view that waits for one read before rendering the part that makes the next paid that frame again.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: null }),
      error: (error: unknown) =>
        setResult((previous) => ({
          value: previous.value,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    });
    return () => subscription.unsubscribe();
    // The caller names what the query depends on, as with useEffect.
  }, deps);
  return result;
}
