import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Database } from './database';
import { deleteByKeys } from './delete-by-keys';

let db: Database;
beforeEach(() => {
  db = new Database('delete-by-keys', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const note = (id: string) => ({ id, value: id.toUpperCase(), updatedAt: 1, deletedAt: null });
const left = async () => (await db.syncState.toArray()).map((r) => r.id);

test('rows that are the whole of the range they span go in one range delete', async () => {
  await db.syncState.bulkPut(['a', 'b', 'c', 'd', 'z'].map(note));
  const bulkDelete = vi.spyOn(db.syncState, 'bulkDelete');

  await deleteByKeys(db.syncState, ['d', 'b', 'c']);

  expect(await left()).toEqual(['a', 'z']);
  expect(bulkDelete).not.toHaveBeenCalled();
});

test('rows with others among them, or some already gone, go a key at a time and nothing else goes', async () => {
  await db.syncState.bulkPut(['a', 'b', 'c', 'd', 'e'].map(note));

  await deleteByKeys(db.syncState, ['b', 'd']);
  expect(await left()).toEqual(['a', 'c', 'e']);
  // As many rows in the range as keys asked for, but not the same ones ('x' is gone): 'e' stays.
  await deleteByKeys(db.syncState, ['c', 'x']);
  expect(await left()).toEqual(['a', 'e']);
});
