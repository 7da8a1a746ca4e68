// The named reads leave deleted rows out and read the ranges they name.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from './database';
import { getInsight } from './read-insight';
import { listDatedNotes, listSessionNotes } from './read-notes';
import { listPlans } from './read-plans';
import { listThresholds } from './read-profile';
import { readAthleteProfile } from './threshold-estimates';
import { getWellness, listWellness } from './read-wellness';
import { deleteRecord, saveRecord } from './save-record';

let db: Database;
beforeEach(() => {
  db = new Database('named-reads', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const plan = (id: string, date: string) => ({ id, date, sport: 'running' as const, targetDurationS: 1800 });
const day = (date: string, restingHr: number) => ({ id: date, date, restingHr });

describe('named reads', () => {
  it('lists live plans on a day, within a week, or all of them', async () => {
    for (const p of [plan('mon', '2024-06-03'), plan('tue', '2024-06-04'), plan('gone', '2024-06-04')])
      await saveRecord(db, 'plans', p);
    await saveRecord(db, 'plans', plan('next', '2024-06-10'));
    await deleteRecord(db, 'plans', 'gone');

    expect((await listPlans(db, { from: '2024-06-04', to: '2024-06-04' })).map((p) => p.id)).toEqual(['tue']);
    expect((await listPlans(db, { from: '2024-06-03', to: '2024-06-09' })).map((p) => p.id)).toEqual(['mon', 'tue']);
    expect((await listPlans(db)).map((p) => p.id).sort()).toEqual(['mon', 'next', 'tue']);
  });

  it('lists live wellness days up to a day, oldest first, and reads one day', async () => {
    for (const d of [day('2024-06-03', 50), day('2024-06-01', 48), day('2024-06-02', 49)])
      await saveRecord(db, 'wellness', d);
    await deleteRecord(db, 'wellness', '2024-06-02');

    expect((await listWellness(db)).map((w) => w.date)).toEqual(['2024-06-01', '2024-06-03']);
    expect((await listWellness(db, '2024-06-02')).map((w) => w.date)).toEqual(['2024-06-01']);
    expect(await getWellness(db, '2024-06-03')).toMatchObject({ restingHr: 50 });
    expect(await getWellness(db, '2024-06-02')).toBeNull();
  });

  it('lists the live notes of a session and those dated in a period', async () => {
    const note = (id: string, sessionId: string | null, date: string | null) =>
      ({ id, kind: 'note', sessionId, date, text: id }) as const;
    await saveRecord(db, 'notes', note('a', 's1', '2024-06-01'));
    await saveRecord(db, 'notes', note('b', 's1', null));
    await saveRecord(db, 'notes', note('c', null, '2024-06-05'));
    await saveRecord(db, 'notes', note('d', 's1', '2024-06-02'));
    await deleteRecord(db, 'notes', 'd');

    expect((await listSessionNotes(db, 's1')).map((n) => n.id)).toEqual(['a', 'b']);
    expect((await listDatedNotes(db, '2024-06-01', '2024-06-04')).map((n) => n.id)).toEqual(['a']);
  });

  it('builds the profile from the live thresholds and reads a kept answer until it is deleted', async () => {
    await saveRecord(db, 'profile', { id: 'ftp1', key: 'ftp', value: 250, from: 0 });
    await saveRecord(db, 'profile', { id: 'ftp2', key: 'ftp', value: 260, from: 1000 });
    await deleteRecord(db, 'profile', 'ftp2');
    const answer = {
      id: 'week:2024-06-03',
      subject: 'week:2024-06-03',
      answer: 'Good week',
      factsHash: 'h',
      model: 'm',
    };
    await saveRecord(db, 'insights', { ...answer, createdAt: 5 });

    expect((await listThresholds(db)).map((t) => t.id)).toEqual(['ftp1']);
    expect(await readAthleteProfile(db)).toMatchObject({ sex: null, thresholds: [{ id: 'ftp1', value: 250 }] });
    expect(await getInsight(db, 'week:2024-06-03')).toMatchObject({ answer: 'Good week' });
    await deleteRecord(db, 'insights', 'week:2024-06-03');
    expect(await getInsight(db, 'week:2024-06-03')).toBeNull();
  });
});
