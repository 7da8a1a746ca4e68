import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyResult, meters } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { Database } from './database';
import { listSessions } from './list-sessions';
import { isManual, saveManualSession, type ManualEntry } from './manual-session';
import { getSession, getStreams } from './read-session';
import { saveImport } from './save-import';
import { scoreStoredSession } from './session-row';
import { bytesOf, testSession } from './test-support/sessions';

const NOW = Date.UTC(2024, 6, 1);
const RUN: ManualEntry = {
  sport: 'cycling',
  start: START + 60_000,
  utcOffsetS: 7200,
  durationS: 3540,
  distanceM: 30_000,
  rpe: 6,
  title: null,
  notes: 'Legs heavy after the long week',
};

let db: Database;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('manual', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('saveManualSession', () => {
  it('stores a session without a file, scored by session-RPE, and queues it for sync', async () => {
    const row = (await saveManualSession(db, RUN))!;
    expect(isManual(row)).toBe(true);
    expect(row).toMatchObject({ sport: 'cycling', elapsedS: 3540, movingS: 3540, distanceM: 30_000, rpe: 6 });
    expect(row.editedFields).toEqual(['notes', 'rpe']);
    expect((await listSessions(db, { limit: 10 })).map((r) => r.id)).toEqual([row.id]);
    // Foster's session-RPE: RPE 6 x 59 min.
    expect(scoreStoredSession(row, { sex: null, thresholds: [] })).toMatchObject({ value: 354, method: 'session-rpe' });
    expect(await db.outbox.get(`sessions:${row.id}`)).toMatchObject({ op: 'put', at: NOW });
  });

  it('edits a hand-logged session in place and refuses one a file has taken over', async () => {
    const row = (await saveManualSession(db, RUN))!;
    const edited = await saveManualSession(db, { ...RUN, durationS: 1800, rpe: 8 }, row.id);
    expect(edited).toMatchObject({ id: row.id, elapsedS: 1800, rpe: 8 });
    expect(await saveManualSession(db, RUN, 'no-such-session')).toBeUndefined();
    const ride = testSession('cd'.repeat(32));
    await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    expect(await saveManualSession(db, RUN, ride.id)).toBeUndefined();
  });

  it('rejects an entry out of range, storing nothing', async () => {
    await expect(saveManualSession(db, { ...RUN, durationS: 0 })).rejects.toThrow('duration longer than zero');
    await expect(saveManualSession(db, { ...RUN, rpe: 11 })).rejects.toThrow('RPE must be between 0 and 10');
    expect(await listSessions(db, { limit: 10 })).toEqual([]);
  });
});

describe('a file of a hand-logged workout', () => {
  it("takes over its numbers and samples, keeping the athlete's RPE and notes under the same id", async () => {
    const manual = (await saveManualSession(db, RUN))!;
    const ride = testSession('cd'.repeat(32), { notes: 'Morning Ride', rpe: 3, distanceM: meters(30_412) });
    const outcome = await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    expect(outcome).toMatchObject({ added: 0, merged: 1 });
    expect(outcome.issues[0]?.message).toBe(
      'cdcd.fit: the workout you logged by hand: its recording now fills that session, keeping your RPE and notes',
    );
    const stored = (await getSession(db, manual.id))!;
    expect(stored).toMatchObject({ start: START, elapsedS: 3600, distanceM: 30_412, subSport: 'road' });
    expect(stored).toMatchObject({ rpe: 6, notes: 'Legs heavy after the long week' });
    expect(isManual(stored)).toBe(false);
    expect((await getStreams(db, manual.id))?.time).toEqual(new Float64Array([0, 1, 2]));
    expect(await listSessions(db, { limit: 10 })).toHaveLength(1);
  });
});
