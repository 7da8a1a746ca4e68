// A bike computer with no power meter paired that records "power 0" every
// second: the import keeps no power channel, so load, thresholds and curves
// fall back as they do for a ride without power, and a merge takes power from
// the recording that measured it.
import { describe, expect, it } from 'vitest';
import { analyzeSession, sessionEfforts } from '../shared/analytics';
import { makeProfile } from '../shared/analytics/test-support';
import type { Session } from '../shared/model';
import { describeWithFixtures, fixture } from '../tests/support/fixtures';
import { makeKnownTrack } from '../tests/support/known-track';
import { onlySession } from '../tests/support/only-session';
import { writeKnownTrackFit } from '../tests/support/write-fit';
import { writeKnownTcx } from '../tests/support/write-tcx';
import { importFiles } from './import-files';

const track = makeKnownTrack({ seconds: 1800, sport: 'cycling' });
const zeroPower = { ...track, points: track.points.map((p) => ({ ...p, power: 0 })) };
const PROFILE = makeProfile([
  { key: 'ftp', value: 250, from: 0 },
  { key: 'thresholdHr', value: 165, from: 0 },
  { key: 'maxHr', value: 190, from: 0 },
  { key: 'restHr', value: 50, from: 0 },
]);

async function importOne(name: string, bytes: Uint8Array): Promise<Session> {
  return onlySession(await importFiles([{ name, bytes }]));
}

describe('a channel of zeros alone is no channel', () => {
  it('leaves an all-zero power channel out, and the ride is scored and estimated as one without power', async () => {
    const zero = await importOne('zero-power.fit', writeKnownTrackFit(zeroPower));
    expect(zero.streams!.power).toBeUndefined();
    expect([zero.avgPowerW, zero.maxPowerW]).toEqual([null, null]);
    expect(zero.laps.map((l) => l.avgPowerW)).toEqual([null]);
    expect(zero.warnings).toEqual([]);

    const analysis = analyzeSession(zero, PROFILE);
    // The summary's "average power 0 W" scored it as power TSS 0 before.
    expect(analysis.load?.method).toBe('hr-tss');
    expect(analysis.load?.basis).toBe(
      'TRIMP from 1800 s of heart rate over one hour at threshold HR 165 bpm; rest 50, max 190 bpm, k 1.92',
    );
    expect(analysis.load?.value).toBeCloseTo(28.18, 2);
    expect(analysis.powerCurve).toEqual([]);
    expect([analysis.normalizedPower, analysis.intensityFactor, analysis.variabilityIndex]).toEqual([null, null, null]);
    expect(sessionEfforts(zero).efforts.map((e) => e.key)).toEqual(['thresholdHr', 'maxHr']);
  });

  it('keeps power that is zero only part of the time, as when coasting', async () => {
    const coasting = { ...track, points: track.points.map((p) => (p.t < 600 ? { ...p, power: 0 } : p)) };
    const ride = await importOne('coasting.fit', writeKnownTrackFit(coasting));
    expect(ride.streams!.power!.slice(0, 600).every((w) => w === 0)).toBe(true);
    expect(Array.from(ride.streams!.power!.slice(600, 603))).toEqual(
      coasting.points.slice(600, 603).map((p) => p.power),
    );
    expect(analyzeSession(ride, PROFILE).load?.method).toBe('power-tss');
  });

  it('leaves it out of a TCX too', async () => {
    const ride = await importOne('zero-power.tcx', new TextEncoder().encode(writeKnownTcx(zeroPower)));
    expect(ride.streams!.power).toBeUndefined();
    expect([ride.avgPowerW, ride.maxPowerW]).toEqual([null, null]);
    expect(ride.laps.map((l) => [l.avgPowerW, l.maxPowerW])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(ride.streams!.heartRate!.length).toBe(track.points.length);
  });

  it('takes power from the recording that measured it when merging, even when the zeros lead', async () => {
    const zeroBytes = writeKnownTrackFit(zeroPower, { device: { manufacturer: 'garmin', product: 4024 } });
    const realBytes = writeKnownTrackFit(track, { device: { manufacturer: 'garmin', product: 3121 } });
    const real = await importOne('edge.fit', realBytes);
    const result = await importFiles([
      { name: 'watch.fit', bytes: zeroBytes },
      { name: 'edge.fit', bytes: realBytes },
    ]);
    const merged = onlySession(result);
    const [watchHash, edgeHash] = merged.sources.map((s) => s.contentHash);
    expect(merged.sources.map((s) => s.file)).toEqual(['watch.fit', 'edge.fit']);
    expect(merged.channelSources!.channels.power).toBe(edgeHash);
    expect(merged.channelSources!.options.power).toEqual([edgeHash]);
    expect(merged.channelSources!.channels.heartRate).toBe(watchHash);
    expect([merged.avgPowerW, merged.maxPowerW]).toEqual([real.avgPowerW, real.maxPowerW]);
    expect(Array.from(merged.streams!.power!)).toEqual(Array.from(real.streams!.power!));
  });
});

describeWithFixtures('a real file with a channel of zeros alone', () => {
  it('leaves out the speed of zeros a snorkelling watch records, keeping the speeds its session message states', async () => {
    const swim = await importOne('snorkeling.fit', fixture('fit/fit-parser__snorkeling-unknown-sport.fit'));
    expect(swim.streams!.speed).toBeUndefined();
    expect(swim.streams!.heartRate).toBeDefined();
    expect([swim.avgSpeed, swim.maxSpeed]).toEqual([0.036, 6.4]);
  });
});
