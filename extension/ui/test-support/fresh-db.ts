// A database of its own for each test, in fake-indexeddb (test support only).
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { openDatabase, type SessionsDb } from '../../db';
import { unmountAll } from './render';

// liveQuery queries only when Dexie found an IndexedDB when it loaded (dexie.mjs,
// liveQuery's _doQuery returns early on `!domDeps.indexedDB`); happy-dom has none.
// Dexie.dependencies is that same object, documented for supplying one in Node.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

export function freshDb(): SessionsDb {
  return openDatabase('sessionsai-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Each test gets a fresh database, handed to `use`; afterwards the views are unmounted and the database deleted. */
export function useFreshDb(use: (db: SessionsDb) => void): void {
  let db: SessionsDb;
  beforeEach(() => {
    db = freshDb();
    use(db);
  });
  afterEach(async () => {
    unmountAll();
    await db.delete();
  });
}

/**
 * As `useFreshDb`, with a clock at `now`. Only Date is faked, and it keeps
 * ticking, so Dexie and waitFor run as usual.
 */
export function useFreshDbOn(now: number, use: (db: SessionsDb) => void): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  useFreshDb(use);
}
