// Wiring: the engine for a signed-in account, or nothing at all in a build
// without a Convex deployment (local mode stays exactly as it was).
import type { ConvexClient } from 'convex/browser';
import { syncDeviceId, type SessionsDb } from '../db';
import type { CloudConfig } from '../account/cloud-config';
import { convexTransport } from './convex-transport';
import { createSyncEngine, type SyncEngine } from './engine';

/** The engine over `client` (signed in with the account's token), or null when the build has no cloud. */
export async function openSync(db: SessionsDb, config: CloudConfig, client: ConvexClient): Promise<SyncEngine | null> {
  if (!config.available) return null;
  const deviceId = await syncDeviceId(db, () => crypto.randomUUID());
  return createSyncEngine({ db, transport: convexTransport(client), deviceId });
}
