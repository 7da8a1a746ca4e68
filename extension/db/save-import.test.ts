import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../importer';
import {
  bpm,
  emptyResult,
  epochMs,
  meters,
  seconds,
  sha256Hex,
  type ImportResult,
  type Session,
} from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { START } from '../../tests/support/sessions';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { writeKnownGpx } from '../../tests/support/write-gpx';
import { Database } from './database';
import { originalBytes } from './original-bytes';
import { saveImport } from './save-import';
import { updateSession } from './update-session';
import { bytesOf, testSession } from './test-support/sessions';

const A = 'aa'.repeat(32);
const B = 'bb'.repeat(32);
const C = 'cc'.repeat(32);
const NOW = Date.UTC(2024, 6, 1);

const result = (...sessions: Session[]): ImportResult => ({ ...emptyResult(), sessions });

let db: Database;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('save-import', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

/** Every table's rows, for comparing the whole database before and after. */
async function snapshot() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('saveImport: new sessions', () => {
  it('stores the summary without samples, the samples apart, the original file, and a sync note for each', async () => {
    const ride = testSession(A, { title: 'Morning ride' });
    const run = testSession(B, { sport: 'running', subSport: 'generic', start: epochMs(START + 86_400_000) });

    expect(await saveImport(db, result(ride, run), bytesOf(ride, run))).toEqual({
      added: 2,
      addedIds: [ride.id, run.id],
      merged: 0,
      duplicates: 0,
      issues: [],
      plannedIds: [],
    });

    const { streams, ...summary } = ride;
    // The 3-sample power stream has 2 seconds of power, too short for NP (30 s): what scoring will read of it.
    const loadInputs = [{ power: { np: null, seconds: 2 }, speed: null, heartRate: null }];
    expect(await db.sessions.get(ride.id)).toEqual({
      ...summary,
      sourceHashes: [A],
      loadInputs,
      // Three samples hold no 20-minute effort.
      efforts: { sessionId: ride.id, start: ride.start, date: '2024-06-01', efforts: [], summaryMaxHr: null },
      editedFields: [],
      live: 1,
      updatedAt: NOW,
      deletedAt: null,
    });
    expect(Object.keys((await db.sessions.get(ride.id))!)).not.toContain('streams');
    expect(await db.streams.get(ride.id)).toEqual({
      id: ride.id,
      sessionId: ride.id,
      streams,
      updatedAt: NOW,
      deletedAt: null,
    });
    const { bytes, ...source } = (await db.sources.get(A))!;
    // The original as a Blob: IndexedDB keeps its bytes apart from the row (schema v12).
    expect(bytes).toBeInstanceOf(Blob);
    expect(await originalBytes({ bytes })).toEqual(new Uint8Array([1, 2, 3]));
    expect(source).toEqual({
      id: A,
      contentHash: A,
      file: 'aaaa.fit',
      format: 'fit',
      sizeBytes: 3,
      addedAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
    });
    expect((await db.outbox.toArray()).map((o) => `${o.id} ${o.op}`).sort()).toEqual([
      `sessions:${'aa'.repeat(12)} put`,
      `sessions:${'bb'.repeat(12)} put`,
      `sources:${A} put`,
      `sources:${B} put`,
      `streams:${'aa'.repeat(12)} put`,
      `streams:${'bb'.repeat(12)} put`,
    ]);
  });

  it('keeps no original file that was not given, and still stores the session', async () => {
    const ride = testSession(A);
    expect(await saveImport(db, result(ride), new Map())).toMatchObject({ added: 1 });
    expect(await db.sources.count()).toBe(0);
  });
});

describe('saveImport: the same bytes again', () => {
  it('skips a re-imported file, says so once per file, and changes nothing stored', async () => {
    const ride = testSession(A);
    await saveImport(db, result(ride), bytesOf(ride));
    const before = await snapshot();
    vi.setSystemTime(NOW + 1000);

    const again = testSession(A, {}, 'fit', 'copy/aaaa.fit');
    expect(await saveImport(db, result(again), bytesOf(again))).toEqual({
      added: 0,
      addedIds: [],
      merged: 0,
      duplicates: 1,
      issues: [
        {
          file: 'copy/aaaa.fit',
          code: 'duplicate',
          message: 'copy/aaaa.fit: already in your library (same bytes as aaaa.fit): skipped, not counted twice',
        },
      ],
      plannedIds: [],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('stores both sessions of one file (a chained FIT), and skips both when the file comes again', async () => {
    const first = testSession(A);
    const second = testSession(A, { id: `${'aa'.repeat(12)}-1`, start: epochMs(START + 2 * 3_600_000) });
    expect(await saveImport(db, result(first, second), bytesOf(first))).toMatchObject({
      added: 2,
      merged: 0,
      duplicates: 0,
    });
    const again = await saveImport(db, result(first, second), bytesOf(first));
    expect(again).toMatchObject({ added: 0, merged: 0, duplicates: 2 });
    expect(again.issues).toHaveLength(1);
    expect(await db.sessions.count()).toBe(2);
  });

  it('brings back a deleted session when its file is imported again', async () => {
    const ride = testSession(A);
    await saveImport(db, result(ride), bytesOf(ride));
    await db.sessions.update(ride.id, { deletedAt: NOW });
    expect(await saveImport(db, result(ride), bytesOf(ride))).toMatchObject({ added: 1, duplicates: 0 });
    expect((await db.sessions.get(ride.id))?.deletedAt).toBeNull();
  });
});

describe('saveImport: the same workout from another source', () => {
  const fit = testSession(A, { distanceM: meters(30_000), title: null });
  // The same ride exported as GPX by another site: a minute late, with heart rate but no power.
  const gpx = testSession(
    B,
    {
      start: epochMs(START + 60_000),
      elapsedS: seconds(3540),
      avgHr: bpm(140),
      distanceM: meters(29_900),
      title: 'Lunch loop',
      streams: { time: new Float64Array([0, 1]), heartRate: new Float32Array([130, 131]) },
    },
    'gpx',
    'strava/ride.gpx',
  );

  it('merges into the stored session, which keeps its id and both sources, the richer file leading', async () => {
    await saveImport(db, result(gpx), bytesOf(gpx));
    vi.setSystemTime(NOW + 1000);

    expect(await saveImport(db, result(fit), bytesOf(fit))).toEqual({
      added: 0,
      addedIds: [],
      merged: 1,
      duplicates: 0,
      issues: [
        {
          file: 'aaaa.fit',
          code: 'merged',
          message:
            'aaaa.fit: the same workout as strava/ride.gpx, already in your library: merged into one session that keeps both sources',
        },
      ],
      plannedIds: [],
    });
    const rows = await db.sessions.toArray();
    expect(rows.map((r) => [r.id, r.sourceHashes, r.start, r.distanceM, r.avgHr, r.title, r.updatedAt])).toEqual([
      // The GPX's id (stored first); the FIT's clock and distance; the GPX's heart rate and title.
      [gpx.id, [A, B], START, 30_000, 140, 'Lunch loop', NOW + 1000],
    ]);
    const streams = (await db.streams.get(gpx.id))!.streams;
    expect(Array.from(streams.power!)).toEqual([200, NaN, 210]);
    // The GPX's samples (a minute later on the FIT's axis) are more than 5 s from any FIT sample: not borrowed.
    expect(Array.from(streams.heartRate!)).toEqual([NaN, NaN, NaN]);
    expect((await db.sources.toArray()).map((s) => s.id).sort()).toEqual([A, B]);
  });

  it("keeps the athlete's corrections over what the merged file says", async () => {
    await saveImport(db, result(gpx), bytesOf(gpx));
    await updateSession(db, gpx.id, { title: 'Hill repeats', rpe: 7, sport: 'other' });
    expect(await saveImport(db, result({ ...fit, title: 'Garmin ride', rpe: 3 }), bytesOf(fit))).toMatchObject({
      merged: 1,
    });
    expect(await db.sessions.get(gpx.id)).toMatchObject({
      title: 'Hill repeats',
      rpe: 7,
      sport: 'other',
      subSport: 'generic',
      distanceM: 30_000, // the file still fills what the athlete did not correct
      editedFields: ['title', 'sport', 'rpe'],
    });
  });

  it('merges a session that shares a stored file with the stored session, each source once', async () => {
    await saveImport(db, result(gpx), bytesOf(gpx));
    // The importer merged a new FIT with the GPX arriving again in the same import.
    const both: Session = { ...fit, sources: [...fit.sources, ...gpx.sources] };
    expect(await saveImport(db, result(both), bytesOf(fit, gpx))).toMatchObject({ added: 0, merged: 1, duplicates: 0 });
    expect((await db.sessions.toArray()).map((r) => r.sources.map((s) => s.file))).toEqual([
      ['aaaa.fit', 'strava/ride.gpx'],
    ]);
  });

  it('merges the same workout handed twice in one import into the session the first one added', async () => {
    expect(await saveImport(db, result(gpx, fit), bytesOf(gpx, fit))).toMatchObject({
      added: 1,
      addedIds: [gpx.id],
      merged: 1,
      duplicates: 0,
    });
    const rows = await db.sessions.toArray();
    expect(rows.map((r) => [r.id, r.sourceHashes, r.distanceM, r.avgHr])).toEqual([[gpx.id, [A, B], 30_000, 140]]);
    expect(Array.from((await db.streams.get(gpx.id))!.streams.power!)).toEqual([200, NaN, 210]);
    expect((await db.outbox.toArray()).map((o) => o.id).sort()).toEqual([
      `sessions:${gpx.id}`,
      `sources:${A}`,
      `sources:${B}`,
      `streams:${gpx.id}`,
    ]);
  });

  it('keeps apart the ride home nine hours later, which only a whole-hour clock shift would match', async () => {
    const home = testSession(C, { start: epochMs(START + 9 * 3_600_000) });
    await saveImport(db, result(fit), bytesOf(fit));
    expect(await saveImport(db, result(home), bytesOf(home))).toMatchObject({ added: 1, merged: 0 });
    expect(await db.sessions.count()).toBe(2);
  });
});

describe('saveImport: a failure part-way', () => {
  it('stores nothing of the failed import and leaves earlier data as it was', async () => {
    const gpx = testSession(B, { start: epochMs(START + 30_000), title: 'Stored earlier' }, 'gpx', 'ride.gpx');
    await saveImport(db, result(gpx), bytesOf(gpx));
    const before = await snapshot();

    // The second import adds one session, merges one into the stored GPX, then the disk "fills" on its last file.
    const newRun = testSession('dd'.repeat(32), { sport: 'running', start: epochMs(START - 86_400_000) });
    const fit = testSession(A);
    const last = testSession(C, { start: epochMs(START + 86_400_000) });
    db.sources.hook('creating', (_key, row) => {
      if (row.contentHash === C) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expect(saveImport(db, result(newRun, fit, last), bytesOf(newRun, fit, last))).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('saveImport: files through the importer', () => {
  it('stores a FIT, skips it the second time, and merges the GPX of the same ride imported later', async () => {
    const track = makeKnownTrack({ seconds: 600 });
    const fit = writeKnownTrackFit(track);
    const gpx = new TextEncoder().encode(writeKnownGpx(track));
    const fitResult = await importFiles([{ name: 'ride.fit', bytes: fit }]);
    const fitBytes = new Map([[sha256Hex(fit), { file: 'ride.fit', bytes: fit }]]);

    expect(await saveImport(db, fitResult, fitBytes)).toMatchObject({ added: 1, merged: 0, duplicates: 0 });
    expect(await saveImport(db, await importFiles([{ name: 'again/ride.fit', bytes: fit }]), fitBytes)).toMatchObject({
      duplicates: 1,
    });
    const gpxResult = await importFiles([{ name: 'ride.gpx', bytes: gpx }]);
    expect(
      await saveImport(db, gpxResult, new Map([[sha256Hex(gpx), { file: 'ride.gpx', bytes: gpx }]])),
    ).toMatchObject({
      added: 0,
      merged: 1,
    });

    const [row] = await db.sessions.toArray();
    expect(row?.sources.map((s) => [s.file, s.format])).toEqual([
      ['ride.fit', 'fit'],
      ['ride.gpx', 'gpx'],
    ]);
    expect(row?.id).toBe(fitResult.sessions[0]?.id);
    expect(await originalBytes((await db.sources.get(sha256Hex(gpx)))!)).toEqual(gpx);
  });
});
