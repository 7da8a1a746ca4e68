// State a view keeps while the athlete looks at another one: a view is
// unmounted when left, so a filter chosen on Sessions would otherwise be gone
// after a look at Today. The App holds one store for the panel's life.
import { createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

export type ViewStateStore = Map<string, unknown>;

export const ViewStateContext = createContext<ViewStateStore | null>(null);

/** Like useState, but the value outlives the view's mount (kept under `key` in the App's store). */
export function useViewState<T>(key: string, initial: T): [T, (next: T) => void] {
  const store = useContext(ViewStateContext);
  if (store === null) throw new Error('useViewState needs a ViewStateContext provider above it');
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      store.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}
