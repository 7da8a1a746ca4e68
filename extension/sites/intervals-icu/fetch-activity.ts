// Getting one of the athlete's own intervals.icu activities with their
// session, each path under /api/ first and /api/v1/ as the fallback (api.ts):
// 1. /activity/{id}: its details (details.ts) with the owner,
//    icu_athlete_id, compared with the athlete signed in on the page
//    (page-athlete.ts); another athlete's activity stops here. The gear it
//    names is looked up in /athlete/{athlete}/gear;
// 2. /activity/{id}/file: the original file, gzipped (the importer gunzips
//    it); "Strava activities not supported" (API docs, downloadActivityFile):
//    activities synced from Strava have none;
// 3. /activity/{id}/fit-file: a FIT intervals.icu generates from what it
//    stores (API docs, "Download Intervals.icu generated activity fit file"),
//    tried before the streams, which come back empty for Strava-synced
//    activities (docs/domain.md, intervals.icu);
// 4. /activity/{id}/streams.json?types=...: the samples (streams.ts).
import type { SiteRef } from '../../../shared/model';
import { type ActivityFacts, activityDocument } from '../activity-facts';
import { fetchWithFallback, fileOrNone } from '../fetch-with-fallback';
import { asObject, idText } from '../json-fields';
import type { FetchedActivity, SiteFetch, SiteResult } from '../site-adapter';
import { IntervalsApi } from './api';
import { intervalsFacts, intervalsGearId, intervalsGearName } from './details';
import { INTERVALS_STREAM_TYPES, intervalsStreams } from './streams';

interface IntervalsMeta {
  readonly facts: ActivityFacts;
  readonly owner: string | null;
}

export const UNKNOWN_ATHLETE = 'which athlete is signed in (the page no longer links to the athlete’s own pages)';

export function fetchIntervalsActivity(
  ref: SiteRef,
  fetch: SiteFetch,
  athleteId: string | null,
): Promise<SiteResult<FetchedActivity>> {
  const id = encodeURIComponent(ref.activityId);
  const api = new IntervalsApi(fetch);
  return fetchWithFallback<IntervalsMeta>(ref, {
    async metadata() {
      const json = await api.json(`/activity/${id}`);
      if (!json.ok) return json;
      const owner = idText(asObject(json.value), 'icu_athlete_id');
      const gearId = intervalsGearId(json.value);
      // Only the athlete's own gear list is asked for, and only for their own activity.
      const gear =
        gearId !== null && owner !== null && owner === athleteId
          ? await api.json(`/athlete/${encodeURIComponent(owner)}/gear`)
          : null;
      const facts = intervalsFacts(
        json.value,
        gear?.ok && gearId !== null ? intervalsGearName(gear.value, gearId) : null,
      );
      return facts
        ? { ok: true, value: { facts, owner } }
        : {
            ok: false,
            failure: { kind: 'changed', what: "intervals.icu's activity details no longer have a start time and type" },
          };
    },
    async isOwn(meta) {
      if (athleteId === null) return { ok: false, failure: { kind: 'changed', what: UNKNOWN_ATHLETE } };
      return { ok: true, value: meta.owner === athleteId };
    },
    async original() {
      return fileOrNone(await api.bytes(`/activity/${id}/file`));
    },
    async generated() {
      return fileOrNone(await api.bytes(`/activity/${id}/fit-file`));
    },
    async streams({ facts }) {
      const json = await api.json(`/activity/${id}/streams.json?types=${INTERVALS_STREAM_TYPES.join(',')}`);
      if (!json.ok) return json;
      return { ok: true, value: activityDocument(ref, facts, intervalsStreams(json.value) ?? { time: [] }) };
    },
    details: ({ facts }) => facts.details,
  });
}
