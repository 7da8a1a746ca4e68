// The stored training log must give exactly what a full rebuild from every
// session gives (readTraining), after any mix of imports, deletions,
// corrections and threshold changes, however it got there.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayNumber, MS_PER_DAY } from '../../shared/analytics';
import { emptyResult, epochMs, type Seconds, seconds, watts } from '../../shared/model';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { readTraining } from './read-training';
import { saveImport } from './save-import';
import { deleteRecord, saveRecord } from './save-record';
import { readStoredTraining, readTrainingLog, sessionsOnDays, updateTrainingLog } from './stored-training';
import { bytesOf, testSession } from './test-support/sessions';
import { dropRows } from './write-rows';
import { updateSession } from './update-session';

const FIRST = Date.UTC(2024, 0, 1, 7);
const END_DAY = dayNumber(FIRST) + 140;

let db: Database;
beforeEach(() => {
  db = new Database('stored-training', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

/** Park-Miller: the same run every time. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

async function expectSameAsRebuild(): Promise<void> {
  await updateTrainingLog(db);
  const stored = await readStoredTraining(db, END_DAY, END_DAY - 1);
  const full = await readTraining(db, END_DAY);
  expect(stored.stale).toBe(false);
  expect(stored.log!.rows()).toEqual(full.log.rows());
  expect([stored.sessions, stored.unscored]).toEqual([full.rows.length, full.loads.filter((l) => l === null).length]);
  expect(stored.estimated.count).toBe(full.loads.filter((l) => l?.estimated === true).length);
}

let made = 0;
async function importRide(next: () => number): Promise<string> {
  // Session ids come from the hash's start (sessionId), so the count goes first.
  const hash = (made++).toString(16).padStart(8, '0').padEnd(64, '0');
  const session = testSession(hash, {
    start: epochMs(FIRST + Math.floor(next() * 120) * MS_PER_DAY + Math.floor(next() * 12) * 3600_000),
    movingS: seconds(1800 + Math.floor(next() * 7200)),
    elapsedS: seconds(9000),
    // Some rides without power are scored by RPE, once an RPE is given, or not at all.
    avgPowerW: next() < 0.8 ? watts(120 + Math.floor(next() * 180)) : null,
    streams: undefined,
  });
  await saveImport(db, { ...emptyResult(), sessions: [session] }, bytesOf(session));
  return session.id;
}

describe('the stored training log', () => {
  it('equals a full rebuild after random imports, deletions, corrections and threshold changes', async () => {
    const next = random(16);
    const live: string[] = [];
    await saveRecord(db, 'profile', { id: 'ftp-1', key: 'ftp', value: 240, from: FIRST });
    for (let i = 0; i < 20; i++) live.push(await importRide(next));
    await expectSameAsRebuild();
    for (let step = 0; step < 60; step++) {
      const op = next();
      if (op < 0.45) live.push(await importRide(next));
      else if (op < 0.65 && live.length > 0)
        await deleteSession(db, live.splice(Math.floor(next() * live.length), 1)[0]!);
      else if (op < 0.85 && live.length > 0)
        await updateSession(db, live[Math.floor(next() * live.length)]!, { rpe: 1 + Math.floor(next() * 10) });
      else
        await saveRecord(db, 'profile', {
          id: `ftp-${step}`,
          key: 'ftp',
          value: 200 + Math.floor(next() * 100),
          from: FIRST + Math.floor(next() * 120) * MS_PER_DAY,
        });
      if (step % 5 === 4) await expectSameAsRebuild();
    }
    await deleteRecord(db, 'profile', 'ftp-1');
    await expectSameAsRebuild();
  });

  it('follows the first session being deleted, and rows removed outright', async () => {
    const next = random(7);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await importRide(next));
    await expectSameAsRebuild();
    const first = (await readTraining(db)).rows[0]!.id;
    await deleteSession(db, first);
    await expectSameAsRebuild();
    // The demo season leaves this way: removed outright, no tombstone.
    await db.transaction('rw', [db.sessions, db.outbox], () =>
      dropRows(db, 'sessions', [ids.find((id) => id !== first)!]),
    );
    await expectSameAsRebuild();
  });

  it('says it is stale after a change until brought up to date', async () => {
    const next = random(3);
    const id = await importRide(next);
    expect((await readStoredTraining(db, END_DAY, END_DAY)).stale).toBe(true);
    await updateTrainingLog(db);
    expect((await readStoredTraining(db, END_DAY, END_DAY)).stale).toBe(false);
    await updateSession(db, id, { rpe: 5 });
    expect((await readStoredTraining(db, END_DAY, END_DAY)).stale).toBe(true);
    await updateTrainingLog(db);
    await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: FIRST });
    expect((await readStoredTraining(db, END_DAY, END_DAY)).stale).toBe(true);
  });
});

describe("the AI's reads of the stored log", () => {
  it('read the stored log when up to date, else the full rebuild, to a given day or the last session', async () => {
    const next = random(5);
    for (let i = 0; i < 8; i++) await importRide(next);
    await updateTrainingLog(db);
    const stored = await readTrainingLog(db, END_DAY);
    expect(stored.rows()).toEqual((await readTraining(db, END_DAY)).log.rows());
    // Daily totals only: no session was scored again.
    expect(stored.size).toBe(0);
    // Changed since the last update: the full rebuild answers until Today brings the stored log up to date.
    await importRide(() => 0.999);
    const rebuilt = await readTrainingLog(db);
    expect([rebuilt.rows(), rebuilt.size]).toEqual([(await readTraining(db)).log.rows(), 9]);
  });

  it('find the sessions of the days asked by their local day, earliest first', async () => {
    const day = dayNumber(FIRST);
    const at = (hours: number, hash: string, utcOffsetS: Seconds | null = null) =>
      testSession(hash.repeat(32), { start: epochMs(FIRST + hours * 3600_000), utcOffsetS, streams: undefined });
    // 23:00 UTC the day before, 01:00 in UTC+2: its local day is `day`.
    const pastMidnight = at(-8, 'c1', seconds(7200));
    const [evening, morning, nextDay] = [at(10, 'e1'), at(1, 'a1'), at(24, 'b1')];
    const all = [evening, morning, nextDay, pastMidnight];
    await saveImport(db, { ...emptyResult(), sessions: all }, bytesOf(...all));
    expect((await sessionsOnDays(db, day, day)).map((r) => r.id)).toEqual([pastMidnight.id, morning.id, evening.id]);
    expect((await sessionsOnDays(db, day + 1, day + 5)).map((r) => r.id)).toEqual([nextDay.id]);
  });
});
