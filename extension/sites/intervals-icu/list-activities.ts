// The athlete's own activities on intervals.icu, newest first, a date window
// at a time: /api/athlete/{id}/activities?oldest=YYYY-MM-DD&newest=YYYY-MM-DD
// (/api/v1/ as the fallback, api.ts; the id read from the page,
// page-athlete.ts; intervals.icu API docs https://intervals.icu/api/v1/docs,
// "listActivities": both dates inclusive, local dates) answers a list of
// { id, name, start_date_local, start_date, ... }.
// The list has no total, so paging stops at the first window without
// activities: a year-long window makes that a whole year without training.
import { MS_PER_DAY } from '../../../shared/analytics';
import type { ListedActivity, SiteFetch } from '../site-adapter';
import { changedList, type ListPage } from '../list-page';
import { asObject, idText, list, text, utcMs } from '../json-fields';
import { IntervalsApi } from './api';
import { UNKNOWN_ATHLETE } from './fetch-activity';
import { INTERVALS_ORIGIN } from './urls';

export const WINDOW_DAYS = 365;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One window ending on the cursor's date (inclusive), or on tomorrow for the first page so today's activities in any time zone are in it. */
export async function listIntervalsActivities(
  cursor: string | null,
  fetch: SiteFetch,
  now: number,
  athleteId: string | null,
): Promise<ListPage> {
  if (athleteId === null) return changedList(UNKNOWN_ATHLETE);
  const newest = cursor === null ? now + MS_PER_DAY : Date.parse(`${cursor}T00:00:00Z`);
  if (Number.isNaN(newest)) return changedList(`the list position "${cursor}" is not a date`);
  const oldest = newest - (WINDOW_DAYS - 1) * MS_PER_DAY;
  const json = await new IntervalsApi(fetch).json(
    `/athlete/${encodeURIComponent(athleteId)}/activities?oldest=${isoDate(oldest)}&newest=${isoDate(newest)}`,
  );
  if (!json.ok) return json;
  const rows = list(json.value);
  if (rows === null) return changedList("intervals.icu's activity list is no longer a list");
  const items: ListedActivity[] = [];
  for (const row of rows.map(asObject)) {
    const id = idText(row, 'id');
    if (id === null) continue;
    items.push({
      ref: { site: 'intervals.icu', activityId: id, url: `${INTERVALS_ORIGIN}/activities/${id}` },
      start: utcMs(text(row, 'start_date')),
      title: text(row, 'name'),
    });
  }
  items.sort((a, b) => (b.start ?? 0) - (a.start ?? 0));
  return { ok: true, value: { items, next: rows.length === 0 ? null : isoDate(oldest - MS_PER_DAY) } };
}
