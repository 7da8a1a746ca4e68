import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { openDatabase } from './database';
import { readPrivacyChoices, recordPrivacyChoice, syncPaused } from './privacy-choices';
import { countRows } from './test-support/tables';

test('sync is paused by the latest sync choice; every choice stays in the history, noted for sync', async () => {
  const db = openDatabase('privacy-choices', { indexedDB: new IDBFactory(), IDBKeyRange });
  expect(await syncPaused(db)).toBe(false);

  await recordPrivacyChoice(db, { what: 'sync', on: false, at: 1_000 });
  expect(await syncPaused(db)).toBe(true);
  await recordPrivacyChoice(db, { what: 'ai', on: false, at: 2_000 });
  expect(await syncPaused(db)).toBe(true);
  await recordPrivacyChoice(db, { what: 'sync', on: true, at: 3_000 });
  expect(await syncPaused(db)).toBe(false);

  expect(await readPrivacyChoices(db)).toEqual([
    { what: 'sync', on: false, at: 1_000 },
    { what: 'ai', on: false, at: 2_000 },
    { what: 'sync', on: true, at: 3_000 },
  ]);
  expect(await countRows(db, 'outbox')).toBe(1);
  db.close();
});
