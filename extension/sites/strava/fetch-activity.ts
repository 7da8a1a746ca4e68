// Getting one Strava activity with the athlete's own browser session:
// 1. its JSON, /api/v3/activities/{id}, in Strava's DetailedActivity shape
//    (details.ts). Shaky: Strava documents that path for OAuth clients; that
//    the web session's cookie is accepted there is an assumption to check
//    against a logged-in page. When it is refused, an original file is still
//    imported (without title and notes); only the streams need it;
// 2. the original upload, /activities/{id}/export_original (docs/domain.md; only
//    the owner may download it: anyone else gets the activity page back);
// 3. the streams the activity page's own charts load,
//    /activities/{id}/streams?stream_types[]=... with X-Requested-With:
//    XMLHttpRequest, answering { time: [...], latlng: [[lat, lng], ...],
//    altitude, distance, velocity_smooth, heartrate, cadence, watts, temp }
//    (thomaschampagne/elevate, plugin/core/scripts/processors/vacuum-processor.ts,
//    fetchStreamByActivityId; docs/domain.md).
import type { ActivityStreams } from '../../../importer';
import type { SiteRef } from '../../../shared/model';
import { activityDocument, type ActivityFacts } from '../activity-facts';
import { fetchWithFallback, originalOrNone } from '../fetch-with-fallback';
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
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

export function stravaStreamsPath(activityId: string): string {
  return `/activities/${activityId}/streams?${STREAM_TYPES.map((t) => `stream_types[]=${t}`).join('&')}`;
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
      const json = await siteJson(fetch, `/api/v3/activities/${id}`, XHR);
      if (!json.ok) return json;
      const facts = stravaFacts(json.value);
      return facts
        ? { ok: true, value: facts }
        : {
            ok: false,
            failure: { kind: 'changed', what: "Strava's activity details no longer have a start time and sport" },
          };
    },
    async original() {
      return originalOrNone(await siteBytes(fetch, `/activities/${id}/export_original`));
    },
    async streams(facts) {
      const json = await siteJson(fetch, stravaStreamsPath(id), XHR);
      if (!json.ok) return json;
      return { ok: true, value: activityDocument(ref, facts, stravaStreams(json.value) ?? { time: [] }) };
    },
    details: (facts) => facts.details,
  });
}
