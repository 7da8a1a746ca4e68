// The athlete's own activities on Strava, a page at a time, newest first:
// 1. /athlete/training_activities?new_activity_only=false&page=N with
//    X-Requested-With answers { models: [{ id, name, sport_type (type before
//    10-30-2024), start_time, ... }], page, perPage, total }, pages =
//    ceil(total / perPage) (Sauce's _scanSelfActivitiesLegacy in
//    SauceLLC/sauce4strava@0f9bf3a src/bg/hist.mjs, and Elevate's saved pages,
//    thomaschampagne/elevate@cc74c2dc specs/fixtures/sync/rawPage0120161213.json,
//    both sending new_activity_only=false);
// 2. when Strava no longer serves that list, the feed Sauce moved to in 2024:
//    /dashboard/feed?feed_type=my_activity[&before=<cursor>] answers
//    { entries: [{ entity: 'Activity', activity: { id, activityName,
//    startDate, ... }, cursorData: { updated_at } }] }, paged by the last
//    entry's updated_at, ending with an empty page (Sauce's
//    _scanSelfActivitiesIter and parseFeedActivity). Group rides in that feed
//    (entity 'GroupActivity') list every rider's activity by athlete id,
//    which the page does not give SessionsAI, so they are left out: the
//    training list above has them.
// The cursor says which list it is in: "2" (page 2) or "feed:1718000000".
import { asObject, idText, list, num, text, utcMs } from '../json-fields';
import { changedList, type ListPage } from '../list-page';
import type { ListedActivity, SiteFetch } from '../site-adapter';
import { siteJson } from '../site-request';
import { STRAVA_XHR } from './fetch-activity';
import { STRAVA_ORIGIN } from './urls';

const FEED = 'feed:';

const listed = (id: string, start: number | null, title: string | null): ListedActivity => ({
  ref: { site: 'strava', activityId: id, url: `${STRAVA_ORIGIN}/activities/${id}` },
  start,
  title,
});

async function trainingPage(page: number, fetch: SiteFetch): Promise<ListPage> {
  const json = await siteJson(fetch, `/athlete/training_activities?new_activity_only=false&page=${page}`, STRAVA_XHR);
  if (!json.ok) return json;
  const body = asObject(json.value);
  const models = list(body?.models);
  if (models === null) return changedList('Strava\'s activity list no longer lists "models"');
  const items: ListedActivity[] = [];
  for (const m of models.map(asObject)) {
    const id = idText(m, 'id');
    if (id !== null) items.push(listed(id, utcMs(text(m, 'start_time')), text(m, 'name')));
  }
  const perPage = num(body, 'perPage') ?? models.length;
  const total = num(body, 'total');
  const more = total !== null ? page * perPage < total : models.length > 0;
  return { ok: true, value: { items, next: more ? String(page + 1) : null } };
}

async function feedPage(before: string | null, fetch: SiteFetch): Promise<ListPage> {
  const json = await siteJson(
    fetch,
    `/dashboard/feed?feed_type=my_activity${before === null ? '' : `&before=${encodeURIComponent(before)}`}`,
    STRAVA_XHR,
  );
  if (!json.ok) return json;
  const entries = list(asObject(json.value)?.entries);
  if (entries === null) return changedList('Strava\'s activity feed no longer lists "entries"');
  const items: ListedActivity[] = [];
  let cursor: number | null = null;
  for (const entry of entries.map(asObject)) {
    if (text(entry, 'entity') !== 'Activity') continue;
    const activity = asObject(entry?.activity);
    const id = idText(activity, 'id');
    if (id !== null) items.push(listed(id, utcMs(text(activity, 'startDate')), text(activity, 'activityName')));
    cursor = num(asObject(entry?.cursorData), 'updated_at') ?? cursor;
  }
  return { ok: true, value: { items, next: entries.length === 0 || cursor === null ? null : `${FEED}${cursor}` } };
}

export async function listStravaActivities(cursor: string | null, fetch: SiteFetch): Promise<ListPage> {
  if (cursor?.startsWith(FEED)) return feedPage(cursor.slice(FEED.length), fetch);
  const page = await trainingPage(cursor === null ? 1 : Number(cursor), fetch);
  // Only the first page falls back: a list that worked before is not abandoned halfway.
  if (page.ok || cursor !== null) return page;
  const kind = page.failure.kind;
  return kind === 'refused' || kind === 'not-found' || kind === 'changed' ? feedPage(null, fetch) : page;
}
