// Getting one of the athlete's own Strava activities with their browser session:
// 1. its metadata, /athlete/training_activities/{id} with X-Requested-With:
//    XMLHttpRequest (SauceLLC/sauce4strava@0f9bf3a: src/bg/hist.mjs,
//    fetchSelfActivity, which takes a 404 for "not the athlete's"; the header
//    is "Required for most Strava endpoints", src/bg/net.mjs retryFetch).
//    /api/v3/activities/{id} is not used: Strava's API requires an OAuth
//    access token on every call (https://developers.strava.com/docs/authentication/),
//    so the web session is refused there. The training list holds only the
//    athlete's own activities, so an answer here is also proof of ownership;
// 2. the original upload, /activities/{id}/export_original (owner only;
//    anyone else gets the activity page back). Its redirects are not
//    followed: a redirect to a file host elsewhere would fail on CORS, so
//    the athlete is told and the streams are used;
// 3. the streams the activity page's own charts load,
//    /activities/{id}/streams?stream_types[]=... with X-Requested-With,
//    answering { time: [...], latlng: [[lat, lng], ...], altitude, distance,
//    velocity_smooth, heartrate, cadence, watts, temp }; a stream Strava does
//    not have is absent (thomaschampagne/elevate@cc74c2dc,
//    specs/fixtures/activities/*/stream.json).
import type { ActivityStreams } from '../../../importer';
import type { SiteRef } from '../../../shared/model';
import { type ActivityFacts, activityDocument } from '../activity-facts';
import { fetchWithFallback, fileOrNone } from '../fetch-with-fallback';
import { asObject, numbers } from '../json-fields';
import type { FetchedActivity, SiteFetch, SiteResult } from '../site-adapter';
import { siteBytes, siteJson } from '../site-request';
import { stravaFacts } from './details';

const STREAM_TYPES = [
  'time',
  'latlng',
  'altitude',
  'distance',
  'velocity_smooth',
  'heartrate',
  'cadence',
  'watts',
  'temp',
];

export const STRAVA_XHR = { 'X-Requested-With': 'XMLHttpRequest' };

export const ORIGINAL_ELSEWHERE =
  'Strava offered the original file only from another host, which SessionsAI does not contact, so its streams were imported instead.';

export function stravaStreamsPath(activityId: string): string {
  return `/activities/${activityId}/streams?${STREAM_TYPES.map((t) => `stream_types[]=${t}`).join('&')}`;
}

export function stravaActivityPath(activityId: string): string {
  return `/athlete/training_activities/${activityId}`;
}

/** Strava's streams object as document streams; null without a time stream. */
export function stravaStreams(json: unknown): ActivityStreams | null {
  const s = asObject(json);
  const time = numbers(s?.time);
  if (time === null || time.some((t) => t === null)) return null;
  const latlng = Array.isArray(s?.latlng) ? s.latlng.map((p) => (Array.isArray(p) ? numbers(p) : null)) : null;
  return {
    time: time as number[],
    ...(latlng ? { lat: latlng.map((p) => p?.[0] ?? null), lon: latlng.map((p) => p?.[1] ?? null) } : {}),
    ...optional('altitude', numbers(s?.altitude)),
    ...optional('distance', numbers(s?.distance)),
    ...optional('speed', numbers(s?.velocity_smooth)),
    ...optional('heartRate', numbers(s?.heartrate)),
    ...optional('cadence', numbers(s?.cadence)),
    ...optional('power', numbers(s?.watts)),
    ...optional('temperature', numbers(s?.temp)),
  };
}

function optional<K extends string>(key: K, values: (number | null)[] | null): Partial<Record<K, (number | null)[]>> {
  return values === null ? {} : ({ [key]: values } as Record<K, (number | null)[]>);
}

export function fetchStravaActivity(ref: SiteRef, fetch: SiteFetch): Promise<SiteResult<FetchedActivity>> {
  const id = encodeURIComponent(ref.activityId);
  return fetchWithFallback<ActivityFacts>(ref, {
    async metadata() {
      const json = await siteJson(fetch, stravaActivityPath(id), STRAVA_XHR);
      // Another athlete's id is not in the athlete's training list: Strava answers 404 (Sauce's fetchSelfActivity).
      if (!json.ok) return json.failure.kind === 'not-found' ? { ok: false, failure: { kind: 'refused' } } : json;
      const facts = stravaFacts(json.value);
      return facts
        ? { ok: true, value: facts }
        : {
            ok: false,
            failure: { kind: 'changed', what: "Strava's activity details no longer have a start time and sport" },
          };
    },
    isOwn: async () => ({ ok: true, value: true }),
    async original() {
      return fileOrNone(await siteBytes(fetch, `/activities/${id}/export_original`, {}, 'manual'), ORIGINAL_ELSEWHERE);
    },
    async streams(facts) {
      const json = await siteJson(fetch, stravaStreamsPath(id), STRAVA_XHR);
      if (!json.ok) return json;
      return { ok: true, value: activityDocument(ref, facts, stravaStreams(json.value) ?? { time: [] }) };
    },
    details: (facts) => facts.details,
  });
}
