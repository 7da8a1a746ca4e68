// The athlete's own activities on Strava, a page at a time, newest first:
// /athlete/training_activities?page=N answers { models: [{ id, name,
// sport_type, start_time, ... }], page, perPage, total } (docs/domain.md, from
// Elevate's fixture; the same endpoint and paging in
// thomaschampagne/elevate's My Stats modifier, which pages with &page=).
import type { ListedActivity, SiteFetch } from '../site-adapter';
import { changedList, type ListPage } from '../list-page';
import { asObject, idText, list, num, text, utcMs } from '../json-fields';
import { siteJson } from '../site-request';
import { STRAVA_ORIGIN } from './urls';

export async function listStravaActivities(cursor: string | null, fetch: SiteFetch): Promise<ListPage> {
  const page = cursor === null ? 1 : Number(cursor);
  const json = await siteJson(fetch, `/athlete/training_activities?page=${page}`, {
    'X-Requested-With': 'XMLHttpRequest',
  });
  if (!json.ok) return json;
  const body = asObject(json.value);
  const models = list(body?.models);
  if (models === null) return changedList('Strava\'s activity list no longer lists "models"');
  const items: ListedActivity[] = [];
  for (const m of models.map(asObject)) {
    const id = idText(m, 'id');
    if (id === null) continue;
    items.push({
      ref: { site: 'strava', activityId: id, url: `${STRAVA_ORIGIN}/activities/${id}` },
      start: utcMs(text(m, 'start_time')),
      title: text(m, 'name'),
    });
  }
  const perPage = num(body, 'perPage') ?? models.length;
  const total = num(body, 'total');
  const more = total !== null ? page * perPage < total : models.length > 0;
  return { ok: true, value: { items, next: more ? String(page + 1) : null } };
}
