// One sync pass from the background, with the side panel closed: push the
// outbox, pull what other devices changed, fetch files, then let go. It runs
// only when the panel's live engine does not (they share the sync lock), and
// never while the athlete has paused sync or is signed out.
import { recordSyncFailure, syncDeviceId, syncPaused, type SessionsDb } from '../db';
import { createSyncEngine } from './engine';
import { failureOf, type SyncStatus } from './status';
import { runIfSyncFree, type SyncLocks } from './sync-lock';
import type { SyncTransport } from './transport';

/** A signed-in way to the server for one pass; `close` ends it (the WebSocket, the sign-in client). */
export interface SyncConnection {
  readonly transport: SyncTransport;
  close(): void;
}

export interface BackgroundPassOptions {
  readonly db: SessionsDb;
  readonly locks: SyncLocks;
  /** A connection as the signed-in athlete, or null when no one is signed in. */
  readonly connect: () => Promise<SyncConnection | null>;
  readonly now?: () => number;
}

/** Why a pass did not sync: paused, the panel syncing, no one signed in, or the sign-in service unreachable. */
export type SkippedPass = 'paused' | 'busy' | 'signed-out' | 'unreachable';

/** Runs one pass; resolves with the status after it, or with why it did not run. */
export async function backgroundSyncPass({
  db,
  locks,
  connect,
  now,
}: BackgroundPassOptions): Promise<SyncStatus | SkippedPass> {
  // Paused, not even the sign-in service is asked.
  if (await syncPaused(db)) return 'paused';
  const result = await runIfSyncFree(locks, async () => {
    let connection: SyncConnection | null;
    try {
      connection = await connect();
    } catch (error) {
      // Offline, most often: Settings says so, and the outbox waits for the next pass.
      await recordSyncFailure(db, failureOf(error));
      return 'unreachable' as const;
    }
    if (connection === null) return 'signed-out' as const;
    try {
      const deviceId = await syncDeviceId(db, () => crypto.randomUUID());
      return await createSyncEngine({ db, transport: connection.transport, deviceId, now }).syncNow();
    } finally {
      connection.close();
    }
  });
  return result ?? 'busy';
}
