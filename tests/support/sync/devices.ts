// Devices for sync tests: each a local database on its own fake IndexedDB with
// a sync engine over the given transport.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Database } from '../../../extension/db/database';
import { createSyncEngine, type SyncEngine, type SyncTransport } from '../../../extension/sync';

export interface Device {
  readonly id: string;
  readonly db: Database;
  readonly engine: SyncEngine;
}

export function device(id: string, transport: SyncTransport, now: () => number = Date.now): Device {
  const db = new Database(`device-${id}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return { id, db, engine: createSyncEngine({ db, transport, deviceId: id, now }) };
}
