// Two devices recording one ride, written as real FIT files where the better
// recording of each channel is known, merged the way an import merges them.
import type { DeviceInfoMesg, RecordMesg } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { loadInputsOf } from '../../shared/analytics';
import type { Session } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit, type WriteFitOptions } from '../../tests/support/write-fit';
import { knownTrackDocument } from '../activity-json/test-support';
import { activityJson } from '../activity-json/write-activity-json';
import { importFiles } from '../import-files';
import { mergeSessions } from './merge-sessions';

const track = makeKnownTrack({ seconds: 1200 });
const FR955 = { manufacturer: 'garmin', product: 4024 } as const;
const EDGE530 = { manufacturer: 'garmin', product: 3121 } as const;
const WRIST: DeviceInfoMesg = { deviceIndex: 2, sourceType: 'local', deviceType: 10 };
const STRAP: DeviceInfoMesg = { deviceIndex: 3, sourceType: 'antplus', deviceType: 120 };
const POWER_METER: DeviceInfoMesg = { deviceIndex: 4, sourceType: 'antplus', deviceType: 11 };

/** The strap and the wrist never agree exactly: the Edge's heart rate (samples and summary) reads 5 bpm higher. */
const edgePoints = track.points.map((p) => ({ ...p, hr: p.hr + 5 }));

async function imported(name: string, options: WriteFitOptions, points = track.points): Promise<Session> {
  const bytes = writeKnownTrackFit({ ...track, points }, options);
  const result = await importFiles([{ name, bytes }]);
  return result.sessions[0]!;
}

/** The watch first (it leads: both are FIT and it arrived first), then the Edge. */
async function pair(watch: WriteFitOptions, edge: WriteFitOptions, watchPoints = track.points) {
  const w = await imported('watch.fit', { device: FR955, ...watch }, watchPoints);
  const e = await imported('edge.fit', { device: EDGE530, ...edge }, edgePoints);
  const hash = { watch: w.sources[0]!.contentHash, edge: e.sources[0]!.contentHash };
  return { watch: w, edge: e, hash, merged: mergeSessions(w, e) };
}

describe('each channel from the source that recorded it best', () => {
  it('takes heart rate from the Edge when the watch lost it for five minutes, and avgHr and load follow', async () => {
    const dropout = (r: RecordMesg, p: { t: number }) => (p.t >= 300 && p.t < 600 ? { ...r, heartRate: undefined } : r);
    const { watch, edge, hash, merged } = await pair({ record: dropout }, {});
    expect(merged.channelSources!.channels.heartRate).toBe(hash.edge);
    expect(merged.channelSources!.summary.avgHr).toBe(hash.edge);
    expect(merged.channelSources!.options.heartRate).toEqual([hash.edge, hash.watch]);
    expect([watch.avgHr, watch.maxHr, edge.avgHr, edge.maxHr]).toEqual([144, 150, 149, 155]);
    expect([merged.avgHr, merged.maxHr]).toEqual([149, 155]);
    expect(Array.from(merged.streams!.heartRate!.slice(400, 403))).toEqual(
      Array.from(edge.streams!.heartRate!.slice(400, 403)),
    );
    // Everything else ties: the leading watch keeps it.
    expect(merged.channelSources!.channels.positions).toBe(hash.watch);
    expect(merged.channelSources!.channels.power).toBe(hash.watch);
    expect(merged.channelSources!.summary.avgPowerW).toBe(hash.watch);
    expect(loadInputsOf(merged)).toEqual(loadInputsOf(edge));
  });

  it('takes power from the Edge when the watch’s power is stuck for two minutes', async () => {
    const stuck = (r: RecordMesg, p: { t: number }) => (p.t >= 200 && p.t < 320 ? { ...r, power: 250 } : r);
    const { watch, edge, hash, merged } = await pair({ record: stuck }, {});
    expect(merged.channelSources!.channels.power).toBe(hash.edge);
    expect(merged.channelSources!.summary.maxPowerW).toBe(hash.edge);
    expect(merged.avgPowerW).toBe(edge.avgPowerW);
    // Power load (NP) follows the Edge's power; heart rate stays the leading watch's.
    expect(loadInputsOf(merged)![0]!.power).toEqual(loadInputsOf(edge)![0]!.power);
    expect(loadInputsOf(merged)![0]!.power).not.toEqual(loadInputsOf(watch)![0]!.power);
  });

  it('prefers a chest strap over the wrist sensor when both cover the ride, whichever file leads', async () => {
    const { hash, merged } = await pair({ sensors: [WRIST] }, { sensors: [STRAP] });
    expect(merged.channelSources!.channels.heartRate).toBe(hash.edge);
    const edgeFirst = mergeSessions(
      await imported('edge.fit', { device: EDGE530, sensors: [STRAP] }, edgePoints),
      await imported('watch.fit', { device: FR955, sensors: [WRIST] }),
    );
    expect(edgeFirst.channelSources!.channels.heartRate).toBe(hash.edge);
    expect(edgeFirst.sources[0]!.sensors).toEqual({ heartRate: 'strap', powerMeter: false });
  });

  it('prefers a paired power meter over power with no meter named', async () => {
    const { edge, hash, merged } = await pair(
      {},
      { sensors: [POWER_METER], record: (r) => ({ ...r, power: r.power! + 7 }) },
    );
    expect(merged.channelSources!.channels.power).toBe(hash.edge);
    expect(merged.avgPowerW).toBe(edge.avgPowerW);
  });

  it('prefers 1 s recording over the watch’s 3 s smart recording', async () => {
    const everyThird = track.points.filter((p) => p.t % 3 === 0);
    const { hash, merged } = await pair({}, {}, everyThird);
    expect(merged.channelSources!.channels.heartRate).toBe(hash.edge);
    expect(merged.channelSources!.channels.speed).toBe(hash.edge);
    expect(merged.channelSources!.summary.distanceM).toBe(hash.edge);
  });

  it('keeps the athlete’s pick over the better source, through a later merge too', async () => {
    const dropout = (r: RecordMesg, p: { t: number }) => (p.t >= 300 && p.t < 600 ? { ...r, heartRate: undefined } : r);
    const { watch, edge, hash } = await pair({ record: dropout }, {});
    const picked = mergeSessions({ ...watch, channelPicks: { heartRate: hash.watch } }, edge);
    expect(picked.channelSources!.channels.heartRate).toBe(hash.watch);
    expect(picked.avgHr).toBe(144);
    expect(picked.channelPicks).toEqual({ heartRate: hash.watch });
    // A third recording (the same Edge file exported again as another file) does not undo the pick.
    const third = await imported('edge-copy.fit', { device: EDGE530, utcOffsetS: 3600 }, edgePoints);
    const again = mergeSessions(picked, third);
    expect(again.channelSources!.channels.heartRate).toBe(hash.watch);
    expect(again.channelSources!.options.heartRate).toEqual([hash.watch, hash.edge, third.sources[0]!.contentHash]);
  });

  it('takes heart rate from a site’s streams when the FIT file has none, the FIT still leading', async () => {
    const fit = await imported('ride.fit', { device: EDGE530, record: (r) => ({ ...r, heartRate: undefined }) });
    const doc = knownTrackDocument({ ...track, points: edgePoints });
    const site = (await importFiles([{ name: 'strava/123.json', bytes: activityJson(doc) }])).sessions[0]!;
    const merged = mergeSessions(site, fit);
    const [fitHash, siteHash] = [fit.sources[0]!.contentHash, site.sources[0]!.contentHash];
    expect(merged.sources.map((s) => s.format)).toEqual(['fit', 'activity-json']);
    expect(merged.channelSources!.channels).toEqual({
      heartRate: siteHash,
      power: fitHash,
      cadence: fitHash,
      speed: fitHash,
      positions: fitHash,
      altitude: fitHash,
      temperature: fitHash,
    });
    // The FIT's session message still states 144 bpm, but it has no heart-rate samples: the site's average
    // (derived from its samples, 5 bpm higher) is the one that goes with the chosen channel.
    expect(fit.avgHr).toBe(144);
    expect(merged.channelSources!.summary.avgHr).toBe(siteHash);
    expect(merged.avgHr).toBeCloseTo(149.155, 3);
  });

  it('takes each lap’s heart rate from the Edge’s matching lap, and keeps the watch’s power there', async () => {
    const dropout = (r: RecordMesg, p: { t: number }) => (p.t >= 300 && p.t < 600 ? { ...r, heartRate: undefined } : r);
    const { watch, edge, merged } = await pair({ record: dropout, laps: 2 }, { laps: 2 });
    expect(merged.laps.map((l) => [l.avgHr, l.maxHr])).toEqual(edge.laps.map((l) => [l.avgHr, l.maxHr]));
    expect(merged.laps.map((l) => l.avgHr)).not.toEqual(watch.laps.map((l) => l.avgHr));
    expect(merged.laps.map((l) => [l.start, l.avgPowerW])).toEqual(watch.laps.map((l) => [l.start, l.avgPowerW]));
  });
});
