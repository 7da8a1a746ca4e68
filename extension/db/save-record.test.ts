import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Database } from './database';
import { deleteRecord, saveRecord } from './save-record';

const NOW = Date.UTC(2024, 6, 1);

let db: Database;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('records', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('saveRecord', () => {
  it('keeps one wellness row a day: a second check-in replaces the first', async () => {
    await saveRecord(db, 'wellness', { id: '2024-06-01', date: '2024-06-01', restingHr: 50 });
    vi.setSystemTime(NOW + 1000);
    const row = await saveRecord(db, 'wellness', { id: '2024-06-01', date: '2024-06-01', restingHr: 47, mood: 4 });
    expect(await db.wellness.toArray()).toEqual([
      { id: '2024-06-01', date: '2024-06-01', restingHr: 47, mood: 4, updatedAt: NOW + 1000, deletedAt: null },
    ]);
    expect(row).toEqual((await db.wellness.get('2024-06-01'))!);
    expect(await db.outbox.toArray()).toEqual([
      {
        id: 'wellness:2024-06-01',
        table: 'wellness',
        rowId: '2024-06-01',
        op: 'put',
        at: NOW + 1000,
        updatedAt: NOW + 1000,
        deletedAt: null,
      },
    ]);
  });
});

describe('deleteRecord', () => {
  it('leaves a bare tombstone and queues the deletion; a second delete finds nothing live', async () => {
    await saveRecord(db, 'plans', { id: 'p1', date: '2024-06-02', sport: 'running', targetDurationS: 3600 });
    vi.setSystemTime(NOW + 2000);
    expect(await deleteRecord(db, 'plans', 'p1')).toBe(true);
    expect(await db.plans.get('p1')).toEqual({ id: 'p1', updatedAt: NOW + 2000, deletedAt: NOW + 2000 });
    expect(await db.outbox.get('plans:p1')).toMatchObject({ op: 'delete', at: NOW + 2000 });
    expect(await deleteRecord(db, 'plans', 'p1')).toBe(false);
    expect(await deleteRecord(db, 'notes', 'missing')).toBe(false);
  });

  it('deletes the AI answers of the periods holding a deleted day, and of the session a deleted note is about', async () => {
    const answer = (subject: string) =>
      saveRecord(db, 'insights', { id: subject, subject, answer: 'a', factsHash: 'f', model: 'm', createdAt: NOW });
    for (const subject of ['week:2024-05-27', 'week:2024-06-03', 'block:2024-05-01..2024-06-30', 'session:s1'])
      await answer(subject);
    await saveRecord(db, 'wellness', { id: '2024-06-02', date: '2024-06-02', restingHr: 50 });
    await saveRecord(db, 'notes', { id: 'n1', kind: 'note', sessionId: 's1', date: null, text: 'sore' });
    vi.setSystemTime(NOW + 2000);
    expect(await deleteRecord(db, 'wellness', '2024-06-02')).toBe(true);
    const live = async () => (await db.insights.filter((r) => r.deletedAt === null).primaryKeys()).sort();
    expect(await live()).toEqual(['session:s1', 'week:2024-06-03']);
    expect(await deleteRecord(db, 'notes', 'n1')).toBe(true);
    expect(await live()).toEqual(['week:2024-06-03']);
    expect(await db.insights.get('session:s1')).toEqual({
      id: 'session:s1',
      updatedAt: NOW + 2000,
      deletedAt: NOW + 2000,
    });
  });
});
