// Devices for sync tests: each a local database on its own fake IndexedDB with
// a sync engine over the given transport.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Database } from '../../../extension/db/database';
import { createSyncEngine, type SyncEngine, type SyncTransport } from '../../../extension/sync';

// A started engine follows local changes through liveQuery, which does nothing without a global
// IndexedDB (Dexie's liveQuery returns early on `!domDeps.indexedDB`); Node has none.
Dexie.dependencies.indexedDB ??= new IDBFactory();

export interface Device {
  readonly id: string;
  readonly db: Database;
  readonly engine: SyncEngine;
}

export function device(id: string, transport: SyncTransport, now: () => number = Date.now): Device {
  const db = new Database(`device-${id}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return { id, db, engine: createSyncEngine({ db, transport, deviceId: id, now }) };
}
