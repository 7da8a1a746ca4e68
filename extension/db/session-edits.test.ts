import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyResult } from '../../shared/model';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { listSessions } from './list-sessions';
import { getSession, getStreams } from './read-session';
import { saveImport } from './save-import';
import { bytesOf, testSession } from './test-support/sessions';
import { updateSession } from './update-session';

const A = 'aa'.repeat(32);
const ID = 'aa'.repeat(12);
const NOW = Date.UTC(2024, 6, 1);

let db: Database;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('edits', { indexedDB: new IDBFactory(), IDBKeyRange });
  const ride = testSession(A, { title: 'Ride' });
  await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  await db.outbox.clear();
  vi.setSystemTime(NOW + 5000);
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('getSession and getStreams', () => {
  it('read the summary and, separately, the samples', async () => {
    expect(await getSession(db, ID)).toMatchObject({ id: ID, title: 'Ride', sourceHashes: [A] });
    const streams = await getStreams(db, ID);
    expect(streams?.time).toEqual(new Float64Array([0, 1, 2]));
    expect(Array.from(streams!.power!)).toEqual([200, NaN, 210]);
    expect(await getSession(db, 'nope')).toBeUndefined();
    expect(await getStreams(db, 'nope')).toBeUndefined();
  });
});

describe('updateSession', () => {
  it("applies the athlete's corrections, remembers them, and queues the session for sync", async () => {
    const updated = await updateSession(db, ID, { title: 'Club ride', sport: 'running', notes: 'windy', rpe: 6 });
    expect(updated).toMatchObject({
      title: 'Club ride',
      sport: 'running',
      subSport: 'generic',
      notes: 'windy',
      rpe: 6,
    });
    expect(await getSession(db, ID)).toEqual(updated);
    expect(updated).toMatchObject({ editedFields: ['title', 'sport', 'notes', 'rpe'], updatedAt: NOW + 5000 });
    expect(await db.outbox.toArray()).toEqual([
      {
        id: `sessions:${ID}`,
        table: 'sessions',
        rowId: ID,
        op: 'put',
        at: NOW + 5000,
        updatedAt: NOW + 5000,
        deletedAt: null,
      },
    ]);
  });

  it('clears a value with null, and leaves fields not in the patch alone', async () => {
    await updateSession(db, ID, { rpe: 4 });
    expect(await updateSession(db, ID, { title: null })).toMatchObject({
      title: null,
      rpe: 4,
      sport: 'cycling',
      subSport: 'road',
      editedFields: ['rpe', 'title'],
    });
  });

  it('refuses an RPE outside 0-10 or an unknown sport, changing nothing', async () => {
    await expect(updateSession(db, ID, { rpe: 11 })).rejects.toThrow('RPE must be between 0 and 10, not 11');
    await expect(updateSession(db, ID, { sport: 'quidditch' as 'other' })).rejects.toThrow(
      '"quidditch" is not a sport SessionsAI knows',
    );
    expect(await getSession(db, ID)).toMatchObject({ rpe: null, sport: 'cycling', editedFields: [], updatedAt: NOW });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('deleteSession', () => {
  const insight = (subject: string) => ({
    id: subject,
    subject,
    answer: 'Steady.',
    factsHash: 'ff',
    model: 'claude-x',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
  });
  const tombstone = { id: ID, updatedAt: NOW + 5000, deletedAt: NOW + 5000 };

  it('leaves bare tombstones of the summary, samples, file and answers about it, queues each, and hides the session', async () => {
    await db.insights.bulkPut([insight(`session:${ID}`), insight('session:other')]);
    expect(await deleteSession(db, ID)).toBe(true);
    expect(await db.sessions.get(ID)).toEqual(tombstone);
    expect(await db.streams.get(ID)).toEqual(tombstone);
    expect(await db.sources.get(A)).toEqual({ ...tombstone, id: A });
    expect(await db.insights.get(`session:${ID}`)).toEqual({ ...tombstone, id: `session:${ID}` });
    expect(await db.insights.get('session:other')).toEqual(insight('session:other'));
    expect((await db.outbox.toArray()).map((o) => `${o.id} ${o.op}`)).toEqual([
      `insights:session:${ID} delete`,
      `sessions:${ID} delete`,
      `sources:${A} delete`,
      `streams:${ID} delete`,
    ]);
    expect(await getSession(db, ID)).toBeUndefined();
    expect(await getStreams(db, ID)).toBeUndefined();
    expect(await listSessions(db, { limit: 10 })).toEqual([]);
    expect(await updateSession(db, ID, { title: 'x' })).toBeUndefined();
    expect(await deleteSession(db, ID)).toBe(false);
  });

  it('keeps an original file another live session still uses', async () => {
    const row = (await db.sessions.get(ID))!;
    await db.sessions.put({ ...row, id: 'other' });
    expect(await deleteSession(db, ID)).toBe(true);
    expect(await db.sources.get(A)).toMatchObject({ id: A, deletedAt: null, sizeBytes: expect.any(Number) });
  });
});
