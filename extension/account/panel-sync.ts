// Sync while the side panel is open and the athlete is signed in (docs/sync.md,
// "Live"): the engine starts at sign-in (uploading what this browser holds,
// then following the server) and stops at sign-out. Settings → Account reads
// it; a build without accounts never makes one. The live engine holds the sync
// lock, so the background's pass never runs beside it (sync/sync-lock.ts).
import type { SyncEngine, SyncLocks } from '../sync';
import type { Account } from './account';

export interface PanelSync {
  /** The engine while signed in, else null. */
  engine(): SyncEngine | null;
  /** Calls `listener` whenever the engine comes or goes; returns the unsubscribe. */
  subscribe(listener: (engine: SyncEngine | null) => void): () => void;
  stop(): void;
}

/**
 * Follows the account once it has loaded (null: none in this build, or Clerk unreachable): at each sign-in
 * `open` makes the engine, which then, once a background pass has finished, syncs live until sign-out.
 */
export function syncWhileSignedIn(
  loading: Promise<Account | null>,
  open: () => Promise<SyncEngine | null>,
  locks: SyncLocks,
): PanelSync {
  const listeners = new Set<(engine: SyncEngine | null) => void>();
  let engine: SyncEngine | null = null;
  let stopEngine: (() => void) | null = null;
  // Sign-ins and sign-outs apply in order, even while an engine is still opening.
  let turn = Promise.resolve();
  const set = (next: SyncEngine | null) => {
    engine = next;
    for (const listener of listeners) listener(next);
  };
  const follow = (signedIn: boolean) => {
    turn = turn.then(async () => {
      if (signedIn === (engine !== null)) return;
      if (!signedIn) {
        stopEngine?.();
        stopEngine = null;
        set(null);
        return;
      }
      // Sync's code loads at the first sign-in, not with the panel.
      const { holdSyncLock } = await import('../sync');
      const release = await holdSyncLock(locks);
      const opened = await open();
      if (opened === null) {
        release();
        return;
      }
      const stopLive = opened.start();
      stopEngine = () => {
        stopLive();
        release();
      };
      set(opened);
    });
  };
  let unsubscribe = () => {};
  let stopped = false;
  void loading.then((account) => {
    if (account === null || stopped) return;
    unsubscribe = account.subscribe((state) => follow(state.signedIn));
    follow(account.state().signedIn);
  });
  return {
    engine: () => engine,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      unsubscribe();
      follow(false);
    },
  };
}

let current: PanelSync | null = null;

/** The page's sync, once the side panel has started it. */
export function pageSync(): PanelSync | null {
  return current;
}

export function setPageSync(sync: PanelSync): void {
  current = sync;
}
