import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Database } from './database';
import { deleteRecord, saveRecord, saveRecords } from './save-record';

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

describe('saveRecords', () => {
  it('stores every row stamped and queued, or none when one cannot be stored', async () => {
    const week = [
      { id: 'a', date: '2024-06-03', sport: 'running' as const, targetDurationS: 1800 },
      { id: 'b', date: '2024-06-05', sport: 'cycling' as const, targetDurationS: 3600, steps: [{ durationS: 600 }] },
    ];
    expect(await saveRecords(db, 'plans', week)).toEqual(week.map((p) => ({ ...p, updatedAt: NOW, deletedAt: null })));
    expect((await db.plans.toArray()).map((p) => p.id)).toEqual(['a', 'b']);
    expect((await db.outbox.toArray()).map((o) => [o.id, o.op, o.at])).toEqual([
      ['plans:a', 'put', NOW],
      ['plans:b', 'put', NOW],
    ]);
    // A row IndexedDB cannot key (no id) rejects the whole batch: the valid row before it is not kept.
    const broken = [
      { ...week[0]!, id: 'c' },
      { ...week[0]!, id: undefined as unknown as string },
    ];
    await expect(saveRecords(db, 'plans', broken)).rejects.toThrow();
    expect(await db.plans.count()).toBe(2);
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
