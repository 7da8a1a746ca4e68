import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readActivityJson } from '../../../importer';
import { importFiles } from '../../../importer';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import { expectSameOrigin, fakeSite, file, json, loginPage, status, type Route } from '../test-support/fake-site';
import { intervalsIcuAdapter } from './adapter';
import activity from './fixtures/activity.json';
import streams from './fixtures/streams.json';
import { INTERVALS_STREAM_TYPES } from './streams';

const ID = 'i34567890';
const REF = { site: 'intervals.icu', activityId: ID, url: `https://intervals.icu/activities/${ID}` } as const;
const ACTIVITY = `/api/v1/activity/${ID}`;
const FILE = `/api/v1/activity/${ID}/file`;
const STREAMS = `/api/v1/activity/${ID}/streams.json?types=${INTERVALS_STREAM_TYPES.join(',')}`;
const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 60 }));

function intervals(routes: Record<string, Route> = {}) {
  return fakeSite({
    [ACTIVITY]: json(activity),
    [FILE]: file(gzipSync(fit), 'application/gzip'),
    [STREAMS]: json(streams),
    ...routes,
  });
}

describe('intervals.icu fetchActivity', () => {
  it('downloads the gzipped original, which the importer opens', async () => {
    const site = intervals();
    const got = await intervalsIcuAdapter.fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect([got.value.name, got.value.via, got.value.details.gear]).toEqual([
      `intervals.icu ${ID}.gz`,
      'original file',
      'Tacx Neo',
    ]);
    expect(site.paths()).toEqual([ACTIVITY, FILE]);
    const imported = await importFiles([{ name: got.value.name, bytes: got.value.bytes }]);
    expect(imported.sessions.map((s) => s.sources[0]?.format)).toEqual(['fit']);
    expectSameOrigin(site);
  });

  it('falls back to the streams for an activity synced from Strava (no file to give)', async () => {
    const site = intervals({ [FILE]: json({ status: 422, error: 'File not available' }, 422) });
    const got = await intervalsIcuAdapter.fetchActivity(REF, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect(got.value.via).toBe('streams');
    const doc = readActivityJson(got.value.bytes);
    expect(doc.ok && [doc.doc.sport, doc.doc.subSport, doc.doc.streams.power]).toEqual([
      'cycling',
      'virtual',
      [150, 220, 230, null],
    ]);
    expect(site.paths()).toEqual([ACTIVITY, FILE, STREAMS]);
    expectSameOrigin(site);
  });

  it("says an activity is not the athlete's when intervals.icu refuses both file and streams", async () => {
    const site = intervals({ [FILE]: status(403), [STREAMS]: status(403) });
    expect(await intervalsIcuAdapter.fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'not-yours' },
    });
  });

  it('reports logged-out when the API answers with the sign-in page', async () => {
    const site = intervals({ [ACTIVITY]: loginPage(), [FILE]: status(401) });
    expect(await intervalsIcuAdapter.fetchActivity(REF, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'logged-out' },
    });
    expect(site.paths()).toEqual([ACTIVITY, FILE]);
  });

  it('stops at a 429, reading an HTTP-date Retry-After too', async () => {
    const later = new Date(Date.now() + 120_000).toUTCString();
    const got = await intervalsIcuAdapter.fetchActivity(
      REF,
      intervals({ [STREAMS]: status(429), [FILE]: status(429, { 'Retry-After': later }) }).fetch,
    );
    expect(got.ok ? null : got.failure.kind).toBe('rate-limited');
    const wait = !got.ok && got.failure.kind === 'rate-limited' ? got.failure.retryAfterS : null;
    expect(wait).toBeGreaterThanOrEqual(119);
    expect(wait).toBeLessThanOrEqual(120);
  });

  it("keeps a type SessionsAI has no sport for as other, with intervals.icu's name", async () => {
    const site = intervals({ [ACTIVITY]: json({ ...activity, type: 'Golf', trainer: false }), [FILE]: status(404) });
    const got = await intervalsIcuAdapter.fetchActivity(REF, site.fetch);
    const doc = got.ok ? readActivityJson(got.value.bytes) : null;
    expect(doc?.ok && [doc.doc.sport, doc.doc.siteSport]).toEqual(['other', 'Golf']);
  });
});
