// Getting one Garmin Connect activity with the athlete's own browser session
// (each request in the auth forms of auth.ts):
// 1. activity-service/activity/{id}: its details (details.ts);
// 2. download-service/files/activity/{id}: a zip holding the original file
//    (the importer opens it); manual activities have none and answer 404 or
//    500 (garminexport, garminexport/garminclient.py get_original_activity);
// 3. activity-service/activity/{id}/details: the samples (detail-metrics.ts).
//    maxChartSize asks for every sample rather than Garmin's chart-sized
//    downsample (the parameter the Connect web app sends; shaky: undocumented).
import type { SiteRef } from '../../../shared/model';
import { activityDocument, type ActivityFacts } from '../activity-facts';
import { fetchWithFallback, originalOrNone } from '../fetch-with-fallback';
import type { FetchedActivity, SiteFetch, SiteResult } from '../site-adapter';
import type { GarminPageAuth } from './auth';
import { GarminSession } from './auth';
import { garminDetailStreams } from './detail-metrics';
import { garminFacts } from './details';

export function fetchGarminActivity(
  ref: SiteRef,
  fetch: SiteFetch,
  auth: GarminPageAuth,
): Promise<SiteResult<FetchedActivity>> {
  const id = encodeURIComponent(ref.activityId);
  const session = new GarminSession(fetch, auth);
  return fetchWithFallback<ActivityFacts>(ref, {
    async metadata() {
      const json = await session.json(`/activity-service/activity/${id}`);
      if (!json.ok) return json;
      const facts = garminFacts(json.value);
      return facts
        ? { ok: true, value: facts }
        : {
            ok: false,
            failure: {
              kind: 'changed',
              what: "Garmin Connect's activity details no longer have a start time and activity type",
            },
          };
    },
    async original() {
      return originalOrNone(await session.bytes(`/download-service/files/activity/${id}`));
    },
    async streams(facts) {
      const json = await session.json(`/activity-service/activity/${id}/details?maxChartSize=100000&maxPolylineSize=0`);
      if (!json.ok) return json;
      return {
        ok: true,
        value: activityDocument(ref, facts, garminDetailStreams(json.value, facts.start) ?? { time: [] }),
      };
    },
    details: (facts) => facts.details,
  });
}
