// The whole path from a site to the importer: an activity fetched from Strava
// through its streams goes through importFiles and its dedup like any file.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { makeKnownTrack, type KnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import type { FetchedActivity } from './site-adapter';
import { stravaAdapter } from './strava/adapter';
import { stravaActivityPath, stravaStreamsPath } from './strava/fetch-activity';
import activity from './strava/fixtures/activity.json';
import { fakeSite, json, status } from './test-support/fake-site';

const ID = '12345678901';
const REF = { site: 'strava', activityId: ID, url: `https://www.strava.com/activities/${ID}` } as const;

/** Strava serving `track` as the athlete's ride, without its original file. */
function stravaServing(track: KnownTrack) {
  const p = track.points;
  const last = p[p.length - 1]!;
  return fakeSite({
    [stravaActivityPath(ID)]: json({
      ...activity,
      start_time: new Date(track.start).toISOString(),
      start_date_local_raw: track.start / 1000 + 7200,
      elapsed_time_raw: last.t,
      moving_time_raw: last.t,
      distance_raw: last.distance,
    }),
    [`/activities/${ID}/export_original`]: status(404),
    [stravaStreamsPath(ID)]: json({
      time: p.map((x) => x.t),
      latlng: p.map((x) => [x.lat, x.lon]),
      altitude: p.map((x) => x.altitude),
      distance: p.map((x) => x.distance),
      velocity_smooth: p.map((x) => x.speed),
      heartrate: p.map((x) => x.hr),
      watts: p.map((x) => x.power),
      cadence: p.map((x) => x.cadence),
    }),
  });
}

async function fetchRide(track: KnownTrack): Promise<FetchedActivity> {
  const got = await stravaAdapter.fetchActivity(REF, stravaServing(track).fetch);
  if (!got.ok) throw new Error(`fetch failed: ${got.failure.kind}`);
  return got.value;
}

describe('a Strava activity fetched through its streams, into the importer', () => {
  const track = makeKnownTrack({ seconds: 1800 });
  const fit = writeKnownTrackFit(track);

  it('merges with the same ride dropped in as a FIT file: one session, both sources', async () => {
    const fetched = await fetchRide(track);
    expect(fetched.via).toBe('streams');
    const result = await importFiles([
      { name: 'ride.fit', bytes: fit },
      { name: fetched.name, bytes: fetched.bytes },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const session = result.sessions[0]!;
    expect(session.sources.map((s) => [s.file, s.format, s.site ?? null])).toEqual([
      ['ride.fit', 'fit', null],
      [`strava ${ID}.activity.json`, 'activity-json', REF],
    ]);
    // The FIT leads (it carries what the device recorded): its calories stay.
    expect(session.calories).toBe(321);
    expect(result.warnings.map((w) => [w.file, w.code])).toEqual([[`strava ${ID}.activity.json`, 'merged']]);
  });

  it('fetches the same bytes again, and importing them twice reports a duplicate', async () => {
    const first = await fetchRide(track);
    const again = await fetchRide(track);
    expect(again.bytes).toEqual(first.bytes);
    const result = await importFiles([
      { name: first.name, bytes: first.bytes },
      { name: `${again.name} (again)`, bytes: again.bytes },
    ]);
    expect(result.sessions).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        file: `strava ${ID}.activity.json (again)`,
        code: 'duplicate',
        message: `strava ${ID}.activity.json (again): identical to strava ${ID}.activity.json (same bytes): skipped, not counted twice`,
      },
    ]);
  });
});
