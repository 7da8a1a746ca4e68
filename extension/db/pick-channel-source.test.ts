import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { Database } from './database';
import { pickChannelSource } from './pick-channel-source';
import { saveImport } from './save-import';
import { importWatchAndEdge, RIDE } from './test-support/watch-and-edge';
import { updateSession } from './update-session';

let db: Database;
beforeEach(() => {
  db = new Database('pick-channel-source', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('pickChannelSource', () => {
  it('re-merges from the original files with the picked heart rate; summary and load follow, edits stay', async () => {
    const { id, watch, edge } = await importWatchAndEdge(db);
    const before = (await db.sessions.get(id))!;
    expect([before.channelSources!.channels.heartRate, before.avgHr, before.maxHr]).toEqual([edge, 149, 155]);
    await updateSession(db, id, { title: 'Tempo on the Col' });

    await pickChannelSource(db, id, 'heartRate', watch);
    const picked = (await db.sessions.get(id))!;
    expect([picked.channelSources!.channels.heartRate, picked.avgHr, picked.maxHr]).toEqual([watch, 144, 150]);
    expect(picked.channelSources!.summary.avgHr).toBe(watch);
    expect(picked.channelPicks).toEqual({ heartRate: watch });
    expect([before.laps[0]!.avgHr, picked.laps[0]!.avgHr]).toEqual([149, 144]);
    expect(picked.title).toBe('Tempo on the Col');
    expect(picked.loadInputs).not.toEqual(before.loadInputs);
    const hr = (await db.streams.get(id))!.streams.heartRate!;
    expect([hr[299], hr[450]]).toEqual([140 + Math.round(10 * Math.sin(299 / 300)), NaN]);
    expect(await db.outbox.get(`sessions:${id}`)).toMatchObject({ op: 'put' });

    await pickChannelSource(db, id, 'heartRate', null);
    const automatic = (await db.sessions.get(id))!;
    expect([automatic.channelSources!.channels.heartRate, automatic.avgHr]).toEqual([edge, 149]);
    expect(automatic.channelPicks).toBeUndefined();
    expect(automatic.loadInputs).toEqual(before.loadInputs);
  });

  it('keeps the pick when a later import merges into the session', async () => {
    const { id, watch } = await importWatchAndEdge(db);
    await pickChannelSource(db, id, 'heartRate', watch);
    const third = writeKnownTrackFit(RIDE, { device: { manufacturer: 'garmin', product: 3121 }, utcOffsetS: 0 });
    const result = await importFiles([{ name: 'edge-again.fit', bytes: third }]);
    expect((await saveImport(db, result, new Map())).merged).toBe(1);
    const row = (await db.sessions.get(id))!;
    expect([row.channelSources!.channels.heartRate, row.avgHr, row.sources.length]).toEqual([watch, 144, 3]);
  });

  it('changes nothing and says why when an original file is no longer kept', async () => {
    const { id, watch, edge } = await importWatchAndEdge(db);
    await db.sources.delete(edge);
    const before = await db.sessions.get(id);
    await expect(pickChannelSource(db, id, 'heartRate', watch)).rejects.toThrow(
      'The original file edge.fit is no longer kept, so this session cannot be merged again.',
    );
    expect(await db.sessions.get(id)).toEqual(before);
  });
});

describeWithFixtures('pickChannelSource on the real FIT/TCX twin', () => {
  it('takes speed from the TCX Garmin Connect exported, and back', async () => {
    const files = ['fit/gc__10kUNLP2014-Garmin15.fit', 'tcx/gc__10kUNLP2014-Garmin15.tcx'];
    const bytes = new Map<string, { file: string; bytes: Uint8Array }>();
    const result = await importFiles(
      files.map((name) => ({ name, bytes: fixture(name) })),
      { onWorkoutFile: (f) => bytes.set(f.contentHash, { file: f.name, bytes: f.bytes.slice() }) },
    );
    await saveImport(db, result, bytes);
    const [session] = result.sessions;
    const [fit, tcx] = files.map((f) => session!.sources.find((s) => s.file === f)!.contentHash);
    await pickChannelSource(db, session!.id, 'speed', tcx!);
    const row = (await db.sessions.get(session!.id))!;
    expect(row.channelSources!.channels).toEqual({ speed: tcx, positions: fit });
    // The TCX's average speed replaces the FIT's 4.502 m/s; both files state the same distance.
    expect([row.channelSources!.summary.avgSpeed, row.avgSpeed, row.distanceM]).toEqual([
      tcx,
      4.501666739364953,
      10_010.82,
    ]);
    await pickChannelSource(db, session!.id, 'speed', null);
    expect((await db.sessions.get(session!.id))!.avgSpeed).toBe(4.502);
  });
});
