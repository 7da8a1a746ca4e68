// The sync status for Settings → Account, kept current: null while no engine runs.
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../sync';
import type { PanelSync } from './panel-sync';

export function useSyncStatus(sync: PanelSync | null): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(() => sync?.engine()?.status() ?? null);
  useEffect(() => {
    if (sync === null) return;
    let unwatch = () => {};
    const watch = (engine: ReturnType<PanelSync['engine']>) => {
      unwatch();
      setStatus(engine?.status() ?? null);
      unwatch = engine === null ? () => {} : engine.subscribe(setStatus);
    };
    watch(sync.engine());
    const unsubscribe = sync.subscribe(watch);
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [sync]);
  return status;
}
