// A database of its own for each test, in fake-indexeddb (test support only).
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SessionsDb } from '../../db';

// liveQuery queries only when Dexie found an IndexedDB when it loaded (dexie.mjs,
// liveQuery's _doQuery returns early on `!domDeps.indexedDB`); happy-dom has none.
// Dexie.dependencies is that same object, documented for supplying one in Node.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

export function freshDb(): SessionsDb {
  return new SessionsDb('sessionsai-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}
