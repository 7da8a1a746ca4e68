import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { volumeByPeriod } from '../../shared/analytics';
import { makeStreams } from '../../shared/analytics/test-support';
import { bpm, emptyResult, meters, metersPerSecond, seconds } from '../../shared/model';
import { Database } from './database';
import { listSessions } from './list-sessions';
import { readTraining } from './read-training';
import { saveImport } from './save-import';
import { saveRecord } from './save-record';
import { bytesOf, testSession } from './test-support/sessions';
import { revertCorrection, updateSession } from './update-session';

const HASH = 'cc'.repeat(32);
const WATCH_HASH = 'dd'.repeat(32);
const NOW = Date.UTC(2024, 6, 1);

// A one-hour run at a steady 3 m/s: 10.8 km imported, 56.25 rTSS at a 4 m/s threshold
// (1 h x (3/4)^2 x 100).
const run = testSession(HASH, {
  sport: 'running',
  subSport: 'generic',
  elapsedS: seconds(3600),
  movingS: seconds(3600),
  distanceM: meters(10800),
  avgSpeed: metersPerSecond(3),
  avgHr: bpm(139),
  maxHr: bpm(170),
  streams: makeStreams(3600, { speed: () => 3 }),
});

let db: Database;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('corrections', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveImport(db, { ...emptyResult(), sessions: [run] }, bytesOf(run));
  await saveRecord(db, 'profile', { id: 'pace', key: 'thresholdRunSpeed', value: 4, from: 0 });
  await db.outbox.clear();
  vi.setSystemTime(NOW + 5000);
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

async function listed() {
  const [row] = await listSessions(db, { limit: 10 });
  return row!;
}

async function loadAndWeekKm() {
  const training = await readTraining(db);
  const [week] = volumeByPeriod(training.log.allEntries(), 'week');
  return { load: training.loads[0], km: week!.total.distanceM / 1000 };
}

describe('correcting a distance', () => {
  it('changes the list, the load (scored from the corrected pace) and the weekly volume', async () => {
    expect(await loadAndWeekKm()).toMatchObject({ load: { value: 56.25, method: 'running-tss' }, km: 10.8 });

    await updateSession(db, run.id, { distanceM: meters(12000) });

    expect(await listed()).toMatchObject({
      distanceM: 12000,
      avgSpeed: 12000 / 3600,
      imported: { distanceM: 10800, movingS: 3600, avgSpeed: 3 },
      editedFields: ['distanceM'],
    });
    const { load, km } = await loadAndWeekKm();
    expect(km).toBe(12);
    expect(load?.method).toBe('running-tss');
    expect(load?.value).toBeCloseTo(69.444, 3); // 1 h x (3.333/4)^2 x 100
  });

  it('is undone back to the imported value, and both changes wait in the outbox', async () => {
    await updateSession(db, run.id, { distanceM: meters(12000), avgHr: bpm(142) });
    vi.setSystemTime(NOW + 9000);
    const undone = await revertCorrection(db, run.id, 'distanceM');

    expect(undone).toMatchObject({
      distanceM: 10800,
      avgSpeed: 3,
      avgHr: 142,
      imported: { avgHr: 139 },
      editedFields: ['avgHr'],
    });
    expect(undone?.imported).toEqual({ avgHr: 139 });
    expect(await loadAndWeekKm()).toMatchObject({ load: { value: 56.25 }, km: 10.8 });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: `sessions:${run.id}`, op: 'put', at: NOW + 9000 }),
    ]);
  });
});

describe('a corrected duration', () => {
  it('caps moving time and speed follows it; undo restores both', async () => {
    const row = await updateSession(db, run.id, { elapsedS: seconds(3000) });
    expect(row).toMatchObject({ elapsedS: 3000, movingS: 3000, avgSpeed: 10800 / 3000 });
    const undone = await revertCorrection(db, run.id, 'elapsedS');
    expect(undone).toMatchObject({ elapsedS: 3600, movingS: 3600, avgSpeed: 3, editedFields: [] });
    expect(undone?.imported).toBeUndefined();
  });
});

describe('bad corrections', () => {
  it.each([
    [{ distanceM: meters(-5) }, 'A distance cannot be negative'],
    [{ elapsedS: seconds(-60) }, 'The end must be after the start: the duration has to be longer than zero'],
    [{ avgHr: bpm(300) }, 'Average heart rate must be between 20 and 250 bpm, not 300'],
    [{ avgHr: bpm(180) }, 'Average heart rate (180 bpm) cannot be above the maximum (170 bpm)'],
  ])('%o is refused with "%s", changing nothing', async (patch, message) => {
    await expect(updateSession(db, run.id, patch)).rejects.toThrow(message);
    expect(await listed()).toMatchObject({ distanceM: 10800, avgHr: 139, editedFields: [] });
    expect(await db.outbox.count()).toBe(0);
  });

  it('has no imported value to go back to for a field never corrected', async () => {
    await expect(revertCorrection(db, run.id, 'ascentM')).rejects.toThrow(
      'This session has no imported ascentM to go back to',
    );
  });
});

describe('a file merged in later', () => {
  it("keeps the athlete's value over the merged files' value, which stays beside it", async () => {
    await updateSession(db, run.id, { distanceM: meters(12000) });
    const watch = testSession(WATCH_HASH, {
      ...run,
      id: 'watch',
      distanceM: meters(10900),
      sources: [{ format: 'fit', file: 'watch.fit', contentHash: WATCH_HASH, sizeBytes: 3, device: null }],
    });
    await saveImport(db, { ...emptyResult(), sessions: [watch] }, bytesOf(watch));
    const row = await listed();
    expect(row.distanceM).toBe(12000);
    expect(row.sourceHashes).toEqual([HASH, WATCH_HASH]);
    expect(row.imported?.distanceM).toBe(10800); // the merge keeps the first file's distance
  });
});
