import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityJson } from '../../importer';
import type { SiteRef } from '../../shared/model';
import { makeKnownTrack, type KnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { importedActivityIds, listSessions, type SessionsDb } from '../db';
import type { FetchedActivity } from '../sites/site-adapter';
import { freshDb } from '../ui/test-support/fresh-db';
import { createImportHandler } from './import-handler';
import { importFetched } from './site-import';
import { countRows, plantRows, tableRows } from '../db/test-support/tables';

const RIDE = makeKnownTrack({ seconds: 1800, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) });
const REF: SiteRef = {
  site: 'strava',
  activityId: '12345678901',
  url: 'https://www.strava.com/activities/12345678901',
};

/** The ride as a site's streams, in the activity-json document an adapter writes. */
function siteStreams(track: KnownTrack, ref: SiteRef): FetchedActivity {
  const points = track.points;
  const bytes = activityJson({
    format: 'sessionsai.activity',
    version: 1,
    site: ref,
    sport: 'cycling',
    subSport: 'road',
    siteSport: 'Ride',
    start: track.start,
    utcOffsetS: 7200,
    summary: { elapsedS: 1800, movingS: 1800, distanceM: null, ascentM: null, calories: null },
    streams: {
      time: points.map((p) => p.t),
      lat: points.map((p) => p.lat),
      lon: points.map((p) => p.lon),
      heartRate: points.map((p) => p.hr),
      power: points.map((p) => p.power),
    },
  });
  return {
    ref,
    name: `strava ${ref.activityId}.activity.json`,
    bytes,
    via: 'streams',
    details: { title: 'Lunch loop with Anna', description: 'Windy.', gear: 'Canyon', rpe: 6, privateNote: null },
  };
}

let db: SessionsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

describe('importing an activity fetched from a site', () => {
  it('stores it with the site details and its site activity id, and a second import is a duplicate that changes nothing', async () => {
    expect(await importFetched(db, siteStreams(RIDE, REF))).toEqual({ kind: 'imported' });
    const [session] = await listSessions(db, { limit: 10 });
    expect(session).toMatchObject({ title: 'Lunch loop with Anna', notes: 'Windy.', gear: 'Canyon', rpe: 6 });
    expect(session?.sources.map((s) => s.site)).toEqual([REF]);
    expect(await importedActivityIds(db, 'strava')).toEqual(['12345678901']);
    expect(await importedActivityIds(db, 'garmin-connect')).toEqual([]);

    const before = await tableRows(db, 'sessions');
    expect(await importFetched(db, siteStreams(RIDE, REF))).toEqual({ kind: 'duplicate' });
    expect(await tableRows(db, 'sessions')).toEqual(before);
  });

  it('merges into the FIT of the same ride already stored, keeping both sources', async () => {
    const post = () => undefined;
    await createImportHandler({ db, post })({
      type: 'start',
      files: [{ name: 'rides/lunch.fit', blob: new Blob([new Uint8Array(writeKnownTrackFit(RIDE))]) }],
    });

    const outcome = await importFetched(db, siteStreams(RIDE, REF));
    expect(outcome).toEqual({
      kind: 'merged',
      message:
        'strava 12345678901.activity.json: the same workout as rides/lunch.fit, already in your library: merged into one session that keeps both sources',
    });
    const sessions = await listSessions(db, { limit: 10 });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.sources.map((s) => [s.file, s.format, s.site?.activityId ?? null])).toEqual([
      ['rides/lunch.fit', 'fit', null],
      ['strava 12345678901.activity.json', 'activity-json', '12345678901'],
    ]);
    expect(await importedActivityIds(db, 'strava')).toEqual(['12345678901']);
    expect(await importFetched(db, siteStreams(RIDE, REF))).toEqual({ kind: 'duplicate' });
  });

  it('says in words when what the site sent holds no workout', async () => {
    const broken = {
      ...siteStreams(RIDE, REF),
      name: 'strava 1.fit',
      bytes: new TextEncoder().encode('<html>Log in</html>'),
    };
    const outcome = await importFetched(db, broken);
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/^strava 1\.fit: /);
    expect(await countRows(db, 'sessions')).toBe(0);
  });

  it('forgets a site activity once its session is deleted, so it can be imported again', async () => {
    await importFetched(db, siteStreams(RIDE, REF));
    const [row] = await tableRows(db, 'sessions');
    await plantRows(db, 'sessions', [{ ...row!, deletedAt: 5000 }]);
    expect(await importedActivityIds(db, 'strava')).toEqual([]);
  });
});

describe('a hostile file fetched from a site', () => {
  it('is refused with an error naming it under the same bounds as a dropped file, and nothing is saved', async () => {
    const nested = `<?xml version="1.0"?><gpx version="1.1">${'<a>'.repeat(80_000)}${'</b>'.repeat(80_000)}</gpx>`;
    const activity: FetchedActivity = {
      ref: REF,
      name: 'strava 12345678901.gpx',
      bytes: new TextEncoder().encode(nested),
      via: 'original',
      details: { title: null, description: null, gear: null, rpe: null, privateNote: null },
    };
    expect(await importFetched(db, activity)).toEqual({
      kind: 'failed',
      message:
        'strava 12345678901.gpx nests elements more than 256 deep (inside <a>), more than any GPX or TCX does, so reading stopped there: no timed track point came before the break, so nothing was imported.',
    });
    expect(await listSessions(db, { limit: 10 })).toEqual([]);
  });
});
