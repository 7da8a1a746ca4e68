import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Database } from './database';
import { eraseAll } from './erase-all';
import { exportAll } from './export-all';
import { listReflections } from './read-notes';
import { deleteRecord, saveRecord } from './save-record';

let db: Database;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2024, 6, 1));
  db = new Database('notes', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveRecord(db, 'notes', {
    id: 'r1',
    kind: 'reflection',
    sessionId: 's1',
    date: '2024-06-01',
    text: 'Legs heavy',
  });
  await saveRecord(db, 'notes', {
    id: 'r2',
    kind: 'reflection',
    sessionId: null,
    date: '2024-06-03',
    text: 'Slept badly, HEAVY day',
  });
  await saveRecord(db, 'notes', { id: 'n1', kind: 'note', sessionId: 's1', date: '2024-06-01', text: 'heavy bike' });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('listReflections', () => {
  it('finds reflections by every word in any case, newest first, and leaves deleted ones out', async () => {
    expect((await listReflections(db)).map((n) => n.id)).toEqual(['r2', 'r1']);
    expect((await listReflections(db, 'heavy')).map((n) => n.id)).toEqual(['r2', 'r1']);
    expect((await listReflections(db, 'DAY heavy')).map((n) => n.id)).toEqual(['r2']);
    expect(await deleteRecord(db, 'notes', 'r2')).toBe(true);
    expect((await listReflections(db, 'heavy')).map((n) => n.id)).toEqual(['r1']);
  });

  it('are in the export and gone after erasing everything', async () => {
    expect((await exportAll(db)).tables.notes).toHaveLength(3);
    await eraseAll(db);
    expect(await listReflections(db)).toEqual([]);
  });
});
