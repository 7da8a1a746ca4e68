import { describe, expect, it } from 'vitest';
import { readActivityJson } from '../../../importer';
import { describeWithFixtures, fixtureText } from '../../../tests/support/fixtures';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import {
  expectSameOrigin,
  fakeSite,
  file,
  json,
  loginPage,
  opaqueRedirect,
  type Route,
  status,
} from '../test-support/fake-site';
import { stravaAdapter } from './adapter';
import { ORIGINAL_ELSEWHERE, stravaActivityPath, stravaStreamsPath } from './fetch-activity';
import activity from './fixtures/activity.json';
import streams from './fixtures/streams.json';

const ID = '12345678901';
const REF = { site: 'strava', activityId: ID, url: `https://www.strava.com/activities/${ID}` } as const;
const DETAILS = stravaActivityPath(ID);
const ORIGINAL = `/activities/${ID}/export_original`;
const STREAMS = stravaStreamsPath(ID);
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };
const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 60 }));
const NO_DETAILS = { title: null, description: null, gear: null, rpe: null, privateNote: null };

function strava(routes: Record<string, Route>) {
  return fakeSite({ [DETAILS]: json(activity), [ORIGINAL]: file(fit), [STREAMS]: json(streams), ...routes });
}

describe('Strava fetchActivity', () => {
  it("reads the athlete's own activity from training_activities, then takes the original upload", async () => {
    const site = strava({});
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    expect(
      got.ok && { name: got.value.name, via: got.value.via, bytes: got.value.bytes, note: got.value.note },
    ).toEqual({ name: `strava ${ID}.fit`, via: 'original file', bytes: fit, note: undefined });
    expect(got.ok && got.value.details.title).toBe('Col de la Croix de Fer');
    expect(site.sent).toEqual([
      { path: DETAILS, headers: XHR, redirect: 'follow' },
      { path: ORIGINAL, headers: {}, redirect: 'manual' },
    ]);
    expectSameOrigin(site);
  });

  it('falls back to the streams when the original is refused (the activity page comes back instead)', async () => {
    const site = strava({ [ORIGINAL]: () => new Response('<html>', { headers: { 'content-type': 'text/html' } }) });
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(`expected a fetched activity, got ${got.failure.kind}`);
    expect([got.value.name, got.value.via, got.value.note]).toEqual([
      `strava ${ID}.activity.json`,
      'streams',
      undefined,
    ]);
    const doc = readActivityJson(got.value.bytes);
    if (!doc.ok) throw new Error(doc.reason);
    expect(doc.doc).toEqual({
      format: 'sessionsai.activity',
      version: 1,
      site: REF,
      sport: 'cycling',
      subSport: 'generic',
      siteSport: 'Ride',
      start: Date.UTC(2024, 5, 1, 6, 0, 0),
      utcOffsetS: 7200,
      summary: { elapsedS: 5700, movingS: 5400, distanceM: 42195.4, ascentM: 1234.5, calories: null },
      streams: {
        time: [0, 1, 2, 4, 5],
        lat: [45.0, 45.00008, 45.00016, 45.00032, 45.0004],
        lon: [6.0, 6.0, 6.00001, 6.00002, 6.00002],
        altitude: [700.2, 700.4, 700.8, 701.6, 702.0],
        distance: [0.0, 8.9, 17.8, 35.6, 44.5],
        speed: [0.0, 8.9, 8.9, 8.9, 8.9],
        heartRate: [120, 122, 125, 128, 130],
        power: [null, 210, 230, 250, 240],
        cadence: [0, 85, 88, 90, 90],
        temperature: [18, 18, 18, 19, 19],
      },
    });
    expect(site.sent.at(-1)).toEqual({ path: STREAMS, headers: XHR, redirect: 'follow' });
  });

  it('says so and uses the streams when the original file is redirected to another host', async () => {
    const site = strava({ [ORIGINAL]: opaqueRedirect });
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    expect(got.ok && [got.value.via, got.value.note]).toEqual(['streams', ORIGINAL_ELSEWHERE]);
    expect(site.paths()).toEqual([DETAILS, ORIGINAL, STREAMS]);
  });

  it.each([
    ['404 (not in the athlete’s training list)', status(404)],
    ['403', status(403)],
    ['401', status(401)],
  ])(
    'takes metadata refused with %s as no metadata: the original is still imported, without details',
    async (_, answer) => {
      const got = await stravaAdapter.fetchActivity(REF, strava({ [DETAILS]: answer }).fetch);
      expect(got.ok && [got.value.via, got.value.bytes, got.value.details]).toEqual(['original file', fit, NO_DETAILS]);
    },
  );

  it("fetches nothing more of another athlete's activity: metadata and original refused is not yours", async () => {
    const site = strava({
      [DETAILS]: status(404),
      [ORIGINAL]: () => new Response('<html>', { headers: { 'content-type': 'text/html' } }),
    });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'not-yours' } });
    expect(site.paths()).toEqual([DETAILS, ORIGINAL]);
  });

  it('is logged out only on the sign-in page, and then asks nothing more', async () => {
    const site = strava({ [DETAILS]: loginPage() });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'logged-out' } });
    expect(site.paths()).toEqual([DETAILS]);
  });

  it('is logged out when the streams come back as the sign-in page', async () => {
    const site = strava({ [ORIGINAL]: opaqueRedirect, [STREAMS]: loginPage() });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'logged-out' } });
  });

  it('stops at a 429 with the wait Strava asks for', async () => {
    const site = strava({ [ORIGINAL]: status(429, { 'Retry-After': '900' }) });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', retryAfterS: 900 },
    });
    expect(site.paths()).toEqual([DETAILS, ORIGINAL]);
  });

  it("keeps a sport SessionsAI has no name for as other, with Strava's name for it", async () => {
    const site = strava({ [DETAILS]: json({ ...activity, sport_type: 'Golf' }), [ORIGINAL]: status(404) });
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    const doc = got.ok ? readActivityJson(got.value.bytes) : null;
    expect(doc?.ok && [doc.doc.sport, doc.doc.siteSport]).toEqual(['other', 'Golf']);
  });

  it('says what changed when the details lose their shape', async () => {
    const site = strava({ [DETAILS]: json({ id: 1 }), [ORIGINAL]: status(404) });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'changed', what: "Strava's activity details no longer have a start time and sport" },
    });
  });
});

describeWithFixtures('Strava fetchActivity on responses Strava sent (Elevate, 2016)', () => {
  const page = JSON.parse(fixtureText('sites/strava/elevate__training_activities_page1.json')) as {
    models: Record<string, unknown>[];
  };
  const RIDE = '723224273';
  const ride = { site: 'strava', activityId: RIDE, url: `https://www.strava.com/activities/${RIDE}` } as const;

  it('builds the ride from its training model and its captured streams when no original is offered', async () => {
    const site = fakeSite({
      [stravaActivityPath(RIDE)]: json(page.models.find((m) => String(m.id) === RIDE)),
      [`/activities/${RIDE}/export_original`]: status(404),
      [stravaStreamsPath(RIDE)]: json(
        JSON.parse(fixtureText('sites/strava/elevate__streams_723224273_ride_no-powermeter.json')),
      ),
    });
    const got = await stravaAdapter.fetchActivity(ride, site.fetch);
    const doc = got.ok ? readActivityJson(got.value.bytes) : null;
    if (!doc?.ok) throw new Error('expected an activity document');
    const { streams: s, ...facts } = doc.doc;
    expect(facts).toEqual({
      format: 'sessionsai.activity',
      version: 1,
      site: ride,
      sport: 'cycling',
      subSport: 'generic',
      siteSport: 'Ride',
      start: Date.UTC(2016, 8, 24, 12, 30, 27),
      utcOffsetS: 7200,
      summary: expect.objectContaining({ calories: expect.any(Number) }),
    });
    // 6,127 samples; no power meter, so no watts stream (watts_calc, Strava's estimate, is not power).
    expect(s.time).toHaveLength(6127);
    expect(Object.keys(s).sort()).toEqual([
      'altitude',
      'cadence',
      'distance',
      'heartRate',
      'lat',
      'lon',
      'speed',
      'time',
    ]);
  });
});
