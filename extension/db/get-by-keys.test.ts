import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Database } from './database';
import { getByKeys } from './get-by-keys';

let db: Database;
beforeEach(() => {
  db = new Database('get-by-keys', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const note = (id: string) => ({ id, value: id.toUpperCase(), updatedAt: 1, deletedAt: null });

test('rows that lie together are read in one range, in the order asked, with none where there is none', async () => {
  await db.syncState.bulkPut(['b', 'c', 'e', 'z'].map(note));
  const bulkGet = vi.spyOn(db.syncState, 'bulkGet');

  const rows = await getByKeys(db.syncState, ['e', 'a', 'c', 'd']);

  expect(rows.map((r) => r?.value)).toEqual(['E', undefined, 'C', undefined]);
  expect(bulkGet).not.toHaveBeenCalled();
});

test('rows among many others are read a key at a time, with the same answer', async () => {
  await db.syncState.bulkPut(['a', 'b', 'c', 'd', 'e', 'f'].map(note));
  const bulkGet = vi.spyOn(db.syncState, 'bulkGet');

  const rows = await getByKeys(db.syncState, ['f', 'a', 'x']);

  expect(rows.map((r) => r?.value)).toEqual(['F', 'A', undefined]);
  expect(bulkGet).toHaveBeenCalledWith(['f', 'a', 'x']);
});
