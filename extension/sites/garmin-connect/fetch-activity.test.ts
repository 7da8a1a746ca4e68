import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readActivityJson } from '../../../importer';
import { importFiles } from '../../../importer';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import { describeWithFixtures, fixture, fixtureText } from '../../../tests/support/fixtures';
import { expectSameOrigin, fakeSite, file, json, loginPage, status, type Route } from '../test-support/fake-site';
import { makeGarminConnectAdapter } from './adapter';
import { readGarminPageAuth, type GarminPageAuth } from './auth';
import activity from './fixtures/activity.json';
import details from './fixtures/details.json';
import socialProfile from './fixtures/social-profile.json';

const ID = '17234567890';
const REF = {
  site: 'garmin-connect',
  activityId: ID,
  url: `https://connect.garmin.com/app/activity/${ID}`,
} as const;
const ACTIVITY = `/activity-service/activity/${ID}`;
const DOWNLOAD = `/download-service/files/activity/${ID}`;
const DETAILS = `/activity-service/activity/${ID}/details?maxChartSize=100000&maxPolylineSize=0`;
const PROFILE = '/userprofile-service/socialProfile';
const CSRF_HEADER = { 'connect-csrf-token': 'csrf-123' };
const CSRF: GarminPageAuth = { csrfToken: 'csrf-123', bearerToken: null };
const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 60 }));
const zip = zipSync({ [`${ID}_ACTIVITY.fit`]: fit });

/** Garmin Connect answering under one auth prefix; every other prefix gets the app's 404 page. */
function garmin(prefix: string, routes: Record<string, Route> = {}) {
  const all: Record<string, Route> = {
    [ACTIVITY]: json(activity),
    [PROFILE]: json(socialProfile),
    [DOWNLOAD]: file(zip, 'application/x-zip-compressed'),
    [DETAILS]: json(details),
    ...routes,
  };
  return fakeSite(Object.fromEntries(Object.entries(all).map(([path, route]) => [prefix + path, route])));
}

describe('Garmin Connect fetchActivity', () => {
  it("downloads the original zip through /gc-api/ with the page's CSRF token, and the importer reads the FIT inside", async () => {
    const site = garmin('/gc-api');
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect([got.value.name, got.value.via]).toEqual([`garmin-connect ${ID}.zip`, 'original file']);
    expect(got.value.details.title).toBe('Vercors loop');
    expect(site.sent).toEqual(
      [ACTIVITY, PROFILE, DOWNLOAD].map((p) => ({ path: `/gc-api${p}`, headers: CSRF_HEADER, redirect: 'follow' })),
    );
    const imported = await importFiles([{ name: got.value.name, bytes: got.value.bytes }]);
    expect(imported.sessions.map((s) => [s.sources[0]?.file, s.sources[0]?.format])).toEqual([
      [`garmin-connect ${ID}.zip/${ID}_ACTIVITY.fit`, 'fit'],
    ]);
    expectSameOrigin(site);
  });

  it('falls back to the older /modern/proxy/ form when /gc-api/ is not there, and keeps using it', async () => {
    const site = garmin('/modern/proxy');
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch);
    expect(got.ok && got.value.via).toBe('original file');
    expect(site.paths()).toEqual([
      `/gc-api${ACTIVITY}`,
      `/modern/proxy${ACTIVITY}`,
      `/modern/proxy${PROFILE}`,
      `/modern/proxy${DOWNLOAD}`,
    ]);
    expect(site.sent[1]?.headers).toEqual({ NK: 'NT' });
  });

  it('uses the Bearer form with DI-Backend when the page has only a token', async () => {
    const site = garmin('');
    const got = await makeGarminConnectAdapter(() => ({ csrfToken: null, bearerToken: 'tok' })).fetchActivity(
      REF,
      site.fetch,
    );
    expect(got.ok && got.value.via).toBe('original file');
    expect(site.sent[0]).toEqual({
      path: ACTIVITY,
      headers: { Authorization: 'Bearer tok', 'DI-Backend': 'connectapi.garmin.com', NK: 'NT' },
      redirect: 'follow',
    });
    expectSameOrigin(site);
  });

  it('falls back to the details rows for a manual activity (the download answers 500)', async () => {
    const site = garmin('/gc-api', { [DOWNLOAD]: status(500) });
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect(got.value.via).toBe('streams');
    const doc = readActivityJson(got.value.bytes);
    expect(
      doc.ok && [doc.doc.sport, doc.doc.subSport, doc.doc.start, doc.doc.utcOffsetS, doc.doc.streams.time],
    ).toEqual(['cycling', 'road', Date.UTC(2024, 5, 1, 6), 7200, [0, 1, 3, 4]]);
  });

  it("fetches nothing of another athlete's activity: it stops once the owner is not the athlete signed in", async () => {
    const site = garmin('/gc-api', { [PROFILE]: json({ ...socialProfile, profileId: 999 }) });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'not-yours' },
    });
    expect(site.paths()).toEqual([`/gc-api${ACTIVITY}`, `/gc-api${PROFILE}`]);
  });

  it('imports the original without details when only the activity JSON is refused', async () => {
    const site = garmin('/gc-api', { [ACTIVITY]: status(403) });
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch);
    expect(got.ok && [got.value.via, got.value.details.title]).toEqual(['original file', null]);
  });

  it("takes an activity whose JSON and file are both refused as someone else's, and asks for no samples", async () => {
    const site = garmin('/gc-api', { [ACTIVITY]: status(403), [DOWNLOAD]: status(403) });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'not-yours' },
    });
    expect(site.paths().some((p) => p.includes('/details'))).toBe(false);
  });

  it('reports logged-out when a form shows the sign-in page and no form answers', async () => {
    const site = fakeSite({ [`/gc-api${ACTIVITY}`]: status(401), [`/modern/proxy${ACTIVITY}`]: loginPage() });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'logged-out' },
    });
  });

  it('stops at a 429 without trying older forms', async () => {
    const site = garmin('/gc-api', { [ACTIVITY]: status(429, { 'Retry-After': '60' }) });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', retryAfterS: 60 },
    });
    expect(site.paths()).toEqual([`/gc-api${ACTIVITY}`]);
  });

  it("keeps an activity type SessionsAI has no sport for as other, with Garmin's key", async () => {
    const golf = { ...activity, activityTypeDTO: { typeId: 999, typeKey: 'golf' } };
    const site = garmin('/gc-api', { [ACTIVITY]: json(golf), [DOWNLOAD]: status(404) });
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(REF, site.fetch);
    const doc = got.ok ? readActivityJson(got.value.bytes) : null;
    expect(doc?.ok && [doc.doc.sport, doc.doc.siteSport]).toEqual(['other', 'golf']);
  });
});

describeWithFixtures("Garmin Connect fetchActivity on responses Garmin sent (garth's cassettes, 2026)", () => {
  const TRAIL = '21482825013';
  const trail = { site: 'garmin-connect', activityId: TRAIL, url: `https://connect.garmin.com/app/activity/${TRAIL}` };
  const owner = { ...socialProfile, profileId: 2591602 };

  it("reads the trail run's details and imports the original zip Garmin sent", async () => {
    const site = fakeSite({
      [`/gc-api/activity-service/activity/${TRAIL}`]: json(
        JSON.parse(fixtureText('sites/garmin-connect/garth__activity_21482825013_trail-run.json')),
      ),
      [`/gc-api${PROFILE}`]: json(owner),
      [`/gc-api/download-service/files/activity/${TRAIL}`]: file(
        fixture('sites/garmin-connect/garth__download_files_activity_11998957007.zip'),
        'application/x-zip-compressed',
      ),
    });
    const got = await makeGarminConnectAdapter(() => CSRF).fetchActivity(trail as typeof REF, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect([got.value.via, got.value.details.title]).toEqual(['original file', 'Cuajimalpa de Morelos - Base']);
    const imported = await importFiles([{ name: got.value.name, bytes: got.value.bytes }]);
    expect(imported.sessions.map((s) => s.sources[0]?.file)).toEqual([
      `garmin-connect ${TRAIL}.zip/11998957007_ACTIVITY.fit`,
    ]);
  });

  it('is not yours when the signed-in profile is not the owner (2018 activity of another athlete)', async () => {
    const site = fakeSite({
      [`/gc-api/activity-service/activity/${TRAIL}`]: json(
        JSON.parse(fixtureText('sites/garmin-connect/gcexport__activity_2541953812.json')),
      ),
      [`/gc-api${PROFILE}`]: json(owner),
    });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(trail as typeof REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'not-yours' },
    });
  });

  it("takes Garmin's 404 body after a delete as a missing activity", async () => {
    const site = fakeSite({
      [`/gc-api/activity-service/activity/${TRAIL}`]: new Response(
        fixture('sites/garmin-connect/garth__activity_12135235656_404-after-delete.json').slice().buffer,
        { status: 404, headers: { 'content-type': 'application/json' } },
      ),
    });
    expect(await makeGarminConnectAdapter(() => CSRF).fetchActivity(trail as typeof REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'not-found' },
    });
  });
});

describe('readGarminPageAuth', () => {
  it("reads the page's CSRF meta tag and the stored token", () => {
    document.head.innerHTML = '<meta name="csrf-token" content=" abc ">';
    const storage = { getItem: (k: string) => (k === 'token' ? JSON.stringify({ access_token: 'xyz' }) : null) };
    expect(readGarminPageAuth(document, storage)).toEqual({ csrfToken: 'abc', bearerToken: 'xyz' });
  });

  it('has neither on a page without them, and survives a garbled stored token', () => {
    document.head.innerHTML = '';
    expect(readGarminPageAuth(document, { getItem: () => '{not json' })).toEqual({
      csrfToken: null,
      bearerToken: null,
    });
  });
});
