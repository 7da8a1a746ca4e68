// One sync at a time per browser profile: the side panel's live engine and the
// background's pass run in different contexts over the same database, so they
// take the same Web Lock (https://developer.mozilla.org/docs/Web/API/Web_Locks_API),
// which Chrome and Firefox share between an extension's pages and workers.

export const SYNC_LOCK = 'sessionsai-sync';

/** The part of the browser's LockManager (navigator.locks) that sync uses. */
export interface SyncLocks {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** Runs `pass` holding the sync lock, or resolves null at once without running it while another context holds it. */
export function runIfSyncFree<T>(locks: SyncLocks, pass: () => Promise<T>): Promise<T | null> {
  return locks.request<T | null>(SYNC_LOCK, { ifAvailable: true }, (lock) =>
    lock === null ? Promise.resolve(null) : pass(),
  );
}

/** Waits for the sync lock, then holds it until the returned release is called. */
export function holdSyncLock(locks: SyncLocks): Promise<() => void> {
  return new Promise((granted) => {
    void locks.request(SYNC_LOCK, {}, () => new Promise<void>((release) => granted(release)));
  });
}
