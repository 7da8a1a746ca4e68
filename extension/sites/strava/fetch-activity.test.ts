import { describe, expect, it } from 'vitest';
import { readActivityJson } from '../../../importer';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import { expectSameOrigin, fakeSite, file, json, loginPage, status, type Route } from '../test-support/fake-site';
import { stravaAdapter } from './adapter';
import { stravaStreamsPath } from './fetch-activity';
import activity from './fixtures/activity.json';
import streams from './fixtures/streams.json';

const ID = '12345678901';
const REF = { site: 'strava', activityId: ID, url: `https://www.strava.com/activities/${ID}` } as const;
const DETAILS = `/api/v3/activities/${ID}`;
const ORIGINAL = `/activities/${ID}/export_original`;
const STREAMS = stravaStreamsPath(ID);
const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 60 }));

function strava(routes: Record<string, Route>) {
  return fakeSite({ [DETAILS]: json(activity), [ORIGINAL]: file(fit), [STREAMS]: json(streams), ...routes });
}

describe('Strava fetchActivity', () => {
  it('takes the original upload when the athlete may download it', async () => {
    const site = strava({});
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    expect(got.ok && { name: got.value.name, via: got.value.via, bytes: got.value.bytes }).toEqual({
      name: `strava ${ID}.fit`,
      via: 'original file',
      bytes: fit,
    });
    expect(got.ok && got.value.details.title).toBe('Col de la Croix de Fer');
    expect(site.paths()).toEqual([DETAILS, ORIGINAL]);
    expectSameOrigin(site);
  });

  it("falls back to the page's streams when the original is refused (the activity page comes back instead)", async () => {
    const site = strava({ [ORIGINAL]: loginPage() });
    const got = await stravaAdapter.fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(`expected a fetched activity, got ${got.failure.kind}`);
    expect([got.value.name, got.value.via]).toEqual([`strava ${ID}.activity.json`, 'streams']);
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
      summary: { elapsedS: 5700, movingS: 5400, distanceM: 42195.4, ascentM: 1234.5, calories: 1520.3 },
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
    expect(site.sent.find((s) => s.path === STREAMS)?.headers).toEqual({ 'X-Requested-With': 'XMLHttpRequest' });
    expectSameOrigin(site);
  });

  it("says an activity is not the athlete's when neither the original nor the streams are theirs", async () => {
    const site = strava({ [ORIGINAL]: status(404), [STREAMS]: status(403) });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'not-yours' } });
  });

  it.each([
    ['a sign-in page', loginPage()],
    ['401', status(401)],
  ])('reports logged-out on %s when the original file is refused too, and asks nothing more', async (_, answer) => {
    const site = strava({ [DETAILS]: answer, [ORIGINAL]: loginPage() });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'logged-out' } });
    expect(site.paths()).toEqual([DETAILS, ORIGINAL]);
  });

  it("still imports the original file when only the activity JSON is refused, without the site's details", async () => {
    const got = await stravaAdapter.fetchActivity(REF, strava({ [DETAILS]: status(403) }).fetch);
    expect(got.ok && [got.value.via, got.value.bytes, got.value.details]).toEqual([
      'original file',
      fit,
      { title: null, description: null, gear: null, rpe: null, privateNote: null },
    ]);
  });

  it('stops at a 429 with the wait Strava asks for', async () => {
    const site = strava({ [ORIGINAL]: status(429, { 'Retry-After': '900' }) });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', retryAfterS: 900 },
    });
    expect(site.paths()).toEqual([DETAILS, ORIGINAL]);
  });

  it('reports a missing activity as not found, asking nothing more', async () => {
    const site = strava({ [DETAILS]: json({ message: 'Record Not Found' }, 404) });
    expect(await stravaAdapter.fetchActivity(REF, site.fetch)).toEqual({ ok: false, failure: { kind: 'not-found' } });
    expect(site.paths()).toEqual([DETAILS]);
  });

  it("keeps a sport SessionsAI has no name for as other, with Strava's name for it", async () => {
    const site = strava({
      [DETAILS]: json({ ...activity, sport_type: 'Golf', type: 'Golf' }),
      [ORIGINAL]: status(404),
    });
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
