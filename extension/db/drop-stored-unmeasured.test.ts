// Schema v14: a ride stored with "power 0" throughout (a bike computer with no
// power meter, imported before such a channel was left out) is cleaned on
// updating, and scored from heart rate as a fresh import of it would be.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { makeProfile } from '../../shared/analytics/test-support';
import { dropUnmeasuredChannels, type Session, watts } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { Database } from './database';
import { declareSchema, SCHEMA_VERSIONS } from './schema-versions';
import { scoreStoredSession, toSessionRow } from './session-row';

const PROFILE = makeProfile([
  { key: 'ftp', value: 250, from: 0 },
  { key: 'thresholdHr', value: 165, from: 0 },
  { key: 'maxHr', value: 190, from: 0 },
  { key: 'restHr', value: 50, from: 0 },
]);

async function imported(start: number): Promise<Session> {
  const bytes = writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'cycling', start }), { laps: 2 });
  return (await importFiles([{ name: `${start}.fit`, bytes }])).sessions[0]!;
}

/** The ride as imports before v14 kept it: power 0 every second and in the summary and laps. */
function withZeroPower(ride: Session): Session {
  const zero = { avgPowerW: watts(0), maxPowerW: watts(0) };
  return {
    ...ride,
    ...zero,
    laps: ride.laps.map((lap) => ({ ...lap, ...zero })),
    streams: { ...ride.streams!, power: new Float32Array(ride.streams!.time.length) },
    // Merged with a second file that had no power: power, its summary and heart rate named by source.
    channelSources: {
      channels: { power: 'aa', heartRate: 'aa' },
      options: { power: ['aa'], heartRate: ['aa', 'bb'] },
      summary: { avgPowerW: 'aa', maxPowerW: 'aa', avgHr: 'aa' },
    },
  };
}

const stored = (session: Session) => {
  const { row, streams } = toSessionRow(session, [], 1000);
  return {
    row: { ...row, live: 1 as const },
    streams: { id: row.id, sessionId: row.id, streams: streams!, updatedAt: 1000, deletedAt: null },
  };
};

describe('v14: channels of zeros alone dropped from stored sessions', () => {
  it('cleans a ride stored with power 0 at v11 into what a fresh import gives, scored from heart rate, and leaves a real one be', async () => {
    const factory = new IDBFactory();
    const v11 = new Dexie('migrations', { indexedDB: factory, IDBKeyRange });
    declareSchema(
      v11,
      SCHEMA_VERSIONS.filter((v) => v.version <= 11),
    );
    const noMeter = withZeroPower(await imported(Date.UTC(2024, 5, 1, 6)));
    const real = await imported(Date.UTC(2024, 5, 2, 6));
    const tombstone = { id: 'dead', updatedAt: 2000, deletedAt: 2000 };
    const before = [stored(noMeter), stored(real)];
    expect(scoreStoredSession(before[0]!.row, PROFILE)).toMatchObject({ value: 0, method: 'power-tss' });
    await v11.table('sessions').bulkPut([...before.map((s) => s.row), tombstone]);
    await v11.table('streams').bulkPut(before.map((s) => s.streams));
    v11.close();

    const latest = new Database('migrations', { indexedDB: factory, IDBKeyRange });
    const cleaned = (await latest.sessions.get(noMeter.id))!;
    const { channelSources: _sources, ...fresh } = stored(dropUnmeasuredChannels(noMeter)).row;
    const { channelSources, ...rest } = cleaned;
    expect(rest).toEqual(fresh);
    expect([cleaned.avgPowerW, cleaned.maxPowerW, cleaned.laps[0]!.avgPowerW, cleaned.avgHr]).toEqual([
      null,
      null,
      null,
      140,
    ]);
    expect(channelSources).toEqual({
      channels: { heartRate: 'aa' },
      options: { heartRate: ['aa', 'bb'] },
      summary: { avgHr: 'aa' },
    });
    expect(cleaned.efforts!.efforts.map((e) => e.key)).toEqual(['thresholdHr', 'maxHr']);
    expect(scoreStoredSession(cleaned, PROFILE)).toMatchObject({ method: 'hr-tss' });
    expect(scoreStoredSession(cleaned, PROFILE)!.value).toBeCloseTo(28.18, 2);
    const samples = (await latest.streams.get(noMeter.id))!.streams;
    expect(samples.power).toBeUndefined();
    expect(samples).toEqual(dropUnmeasuredChannels(noMeter).streams);

    expect(await latest.sessions.get(real.id)).toEqual(before[1]!.row);
    expect(await latest.sessions.get('dead')).toEqual(tombstone);
    // Noted as changed, so the stored log and the estimates catch up.
    expect((await latest.sessionChanges.toArray()).map((c) => c.id)).toEqual([noMeter.id]);
    latest.close();
  });
});
