// Which intervals.icu pages show one activity and which list activities.
// Activity pages are /activities/{id} (docs/domain.md), with optional tabs
// (/activities/i12345678/power). Ids of activities uploaded to intervals.icu
// are "i" and digits; activities synced from Strava keep Strava's numeric id
// (intervals.icu API docs, https://intervals.icu/api/v1/docs: "id" is a
// string). The activities list is /activities.
import type { SiteRef } from '../../../shared/model';
import type { SitePage } from '../site-adapter';
import type { UrlExamples } from '../url-examples';

export const INTERVALS_ORIGIN = 'https://intervals.icu';
export const INTERVALS_MATCHES = ['https://intervals.icu/*'] as const;

const ACTIVITY_PATH = /^\/activities\/(i?\d+)(?:\/|$)/;

export function intervalsActivityRef(url: URL): SiteRef | null {
  if (url.origin !== INTERVALS_ORIGIN) return null;
  const id = ACTIVITY_PATH.exec(url.pathname)?.[1];
  return id === undefined
    ? null
    : { site: 'intervals.icu', activityId: id, url: `${INTERVALS_ORIGIN}/activities/${id}` };
}

export function isIntervalsActivityList(url: URL): boolean {
  return url.origin === INTERVALS_ORIGIN && /^\/activities\/?$/.test(url.pathname);
}

export const intervalsIcuPage: SitePage = {
  site: 'intervals.icu',
  label: 'intervals.icu',
  origin: INTERVALS_ORIGIN,
  matches: INTERVALS_MATCHES,
  activityRef: intervalsActivityRef,
  isActivityList: isIntervalsActivityList,
};

export const EXAMPLES: UrlExamples = {
  activity: [
    { url: 'https://intervals.icu/activities/i34567890', activityId: 'i34567890' },
    { url: 'https://intervals.icu/activities/i34567890/power', activityId: 'i34567890' },
    { url: 'https://intervals.icu/activities/12345678901', activityId: '12345678901' },
  ],
  list: ['https://intervals.icu/activities', 'https://intervals.icu/activities/'],
  notMatching: [
    'https://intervals.icu/',
    'https://intervals.icu/calendar',
    'https://intervals.icu/fitness',
    'https://intervals.icu/activities/new',
    'https://intervals.icu/api/v1/activity/i34567890',
    'https://www.intervals.icu/activities/i34567890',
    'https://intervals.icu.example.org/activities/i34567890',
  ],
};
