// The athlete's own activities on Garmin Connect, newest first, 20 at a time:
// activitylist-service/activities/search/activities?start=N&limit=20 answers
// a list of { activityId, activityName, startTimeGMT: "2024-06-01 06:00:00" }
// (docs/domain.md; garminexport, garminexport/garminclient.py _fetch_activity_ids_and_ts,
// which also stops at the first empty page). The answer is a bare array with
// no total: a page shorter than the limit is the last (matin/garth@f99159a,
// tests/data/cassettes/test_activity_list_pagination.yaml).
import type { ListedActivity, SiteFetch } from '../site-adapter';
import { changedList, type ListPage } from '../list-page';
import { asObject, idText, list, text, utcMs } from '../json-fields';
import { GarminSession, type GarminPageAuth } from './auth';
import { garminActivityUrl } from './urls';

export const GARMIN_PAGE_SIZE = 20;

export async function listGarminActivities(
  cursor: string | null,
  fetch: SiteFetch,
  auth: GarminPageAuth,
): Promise<ListPage> {
  const start = cursor === null ? 0 : Number(cursor);
  const json = await new GarminSession(fetch, auth).json(
    `/activitylist-service/activities/search/activities?start=${start}&limit=${GARMIN_PAGE_SIZE}`,
  );
  if (!json.ok) return json;
  const rows = list(json.value);
  if (rows === null) return changedList("Garmin Connect's activity list is no longer a list");
  const items: ListedActivity[] = [];
  for (const row of rows.map(asObject)) {
    const id = idText(row, 'activityId');
    if (id === null) continue;
    items.push({
      ref: { site: 'garmin-connect', activityId: id, url: garminActivityUrl(id) },
      start: utcMs(text(row, 'startTimeGMT')),
      title: text(row, 'activityName'),
    });
  }
  return { ok: true, value: { items, next: rows.length < GARMIN_PAGE_SIZE ? null : String(start + rows.length) } };
}
