// The side panel starts opening its database before its first read (startOpening); a read then finds it open, and
// an open that fails is reported by the reads, as when the first read opens it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type SessionsDb, startOpening, tablesOf } from './database';
import { countSessions } from './list-sessions';

let db: SessionsDb;
afterEach(() => db.close());

it('opens the database with no read asked for', async () => {
  db = openDatabase('start-opening', { indexedDB: new IDBFactory(), IDBKeyRange });

  startOpening(db);

  await expect.poll(() => tablesOf(db).isOpen()).toBe(true);
  expect(await countSessions(db, {})).toBe(0);
});

it('leaves a failed open to the reads, which report why', async () => {
  const broken = new IDBFactory();
  broken.open = () => {
    throw new Error('storage is switched off');
  };
  db = openDatabase('start-opening', { indexedDB: broken, IDBKeyRange });

  startOpening(db);

  await expect(countSessions(db, {})).rejects.toThrow('storage is switched off');
});
