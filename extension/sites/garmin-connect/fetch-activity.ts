// Getting one of the athlete's own Garmin Connect activities with their
// browser session (each request in the auth forms of auth.ts):
// 1. activity-service/activity/{id}: its details (details.ts), with the
//    owner's userProfileId (matin/garth@f99159a, tests/data/cassettes/test_activity_get.yaml);
// 2. userprofile-service/socialProfile: the signed-in athlete's profileId
//    (matin/garth, src/garth/users/profile.py UserProfile.get). Another
//    athlete's activity stops here, before any sample is fetched;
// 3. download-service/files/activity/{id}: a zip holding the original file
//    (the importer opens it); manual activities have none and answer 404 or
//    500 (garminexport, garminexport/garminclient.py get_original_activity),
//    and anyone but the owner gets 403 "Only owner of activity allowed to
//    access this operation" (cyberjunky/python-garminconnect@2ae0eb5,
//    tests/cassettes/test_download_activity.yaml);
// 4. activity-service/activity/{id}/details: the samples (detail-metrics.ts).
//    maxChartSize asks for every sample rather than Garmin's chart-sized
//    downsample (the parameter the Connect web app sends; shaky: undocumented).
import type { SiteRef } from '../../../shared/model';
import { type ActivityFacts, activityDocument } from '../activity-facts';
import { fetchWithFallback, fileOrNone } from '../fetch-with-fallback';
import { asObject, idText } from '../json-fields';
import type { FetchedActivity, SiteFetch, SiteResult } from '../site-adapter';
import type { GarminPageAuth } from './auth';
import { GarminSession } from './auth';
import { garminDetailStreams } from './detail-metrics';
import { garminFacts } from './details';

interface GarminMeta {
  readonly facts: ActivityFacts;
  /** The owner's profile id, as the activity names it. */
  readonly owner: string | null;
}

export function fetchGarminActivity(
  ref: SiteRef,
  fetch: SiteFetch,
  auth: GarminPageAuth,
): Promise<SiteResult<FetchedActivity>> {
  const id = encodeURIComponent(ref.activityId);
  const session = new GarminSession(fetch, auth);
  return fetchWithFallback<GarminMeta>(ref, {
    async metadata() {
      const json = await session.json(`/activity-service/activity/${id}`);
      if (!json.ok) return json;
      const facts = garminFacts(json.value);
      return facts
        ? { ok: true, value: { facts, owner: idText(asObject(json.value), 'userProfileId') } }
        : {
            ok: false,
            failure: {
              kind: 'changed',
              what: "Garmin Connect's activity details no longer have a start time and activity type",
            },
          };
    },
    async isOwn(meta) {
      const profile = await session.json('/userprofile-service/socialProfile');
      if (!profile.ok) return profile;
      const self = idText(asObject(profile.value), 'profileId');
      if (self === null)
        return { ok: false, failure: { kind: 'changed', what: 'the profile of the athlete signed in' } };
      return { ok: true, value: meta.owner === self };
    },
    async original() {
      return fileOrNone(await session.bytes(`/download-service/files/activity/${id}`));
    },
    async streams({ facts }) {
      const json = await session.json(`/activity-service/activity/${id}/details?maxChartSize=100000&maxPolylineSize=0`);
      if (!json.ok) return json;
      return {
        ok: true,
        value: activityDocument(ref, facts, garminDetailStreams(json.value, facts.start) ?? { time: [] }),
      };
    },
    details: ({ facts }) => facts.details,
  });
}
