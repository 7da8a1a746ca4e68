// Getting one intervals.icu activity with the athlete's own session (the web
// app itself calls /api/v1 with its session cookie: docs/domain.md):
// 1. /api/v1/activity/{id}: its details (details.ts);
// 2. /api/v1/activity/{id}/file: the original file, gzipped (the importer
//    gunzips it); activities synced from Strava have none (Strava's API terms
//    forbid passing the file on), and intervals.icu refuses the request;
// 3. /api/v1/activity/{id}/streams.json?types=...: the samples (streams.ts).
import type { SiteRef } from '../../../shared/model';
import { activityDocument, type ActivityFacts } from '../activity-facts';
import { fetchWithFallback, originalOrNone } from '../fetch-with-fallback';
import type { FetchedActivity, SiteFetch, SiteResult } from '../site-adapter';
import { siteBytes, siteJson } from '../site-request';
import { intervalsFacts } from './details';
import { INTERVALS_STREAM_TYPES, intervalsStreams } from './streams';

export function fetchIntervalsActivity(ref: SiteRef, fetch: SiteFetch): Promise<SiteResult<FetchedActivity>> {
  const id = encodeURIComponent(ref.activityId);
  return fetchWithFallback<ActivityFacts>(ref, {
    async metadata() {
      const json = await siteJson(fetch, `/api/v1/activity/${id}`);
      if (!json.ok) return json;
      const facts = intervalsFacts(json.value);
      return facts
        ? { ok: true, value: facts }
        : {
            ok: false,
            failure: { kind: 'changed', what: "intervals.icu's activity details no longer have a start time and type" },
          };
    },
    async original() {
      return originalOrNone(await siteBytes(fetch, `/api/v1/activity/${id}/file`));
    },
    async streams(facts) {
      const json = await siteJson(
        fetch,
        `/api/v1/activity/${id}/streams.json?types=${INTERVALS_STREAM_TYPES.join(',')}`,
      );
      if (!json.ok) return json;
      return { ok: true, value: activityDocument(ref, facts, intervalsStreams(json.value) ?? { time: [] }) };
    },
    details: (facts) => facts.details,
  });
}
