// Which connect.garmin.com pages show one activity and which list activities.
// Activity pages are /app/activity/{id} now, /modern/activity/{id} before
// (docs/domain.md, Garmin Connect); both are recognised, and a ref always carries
// the current /app/ address. The list is /app/activities (/modern/activities before).
import type { SiteRef } from '../../../shared/model';
import type { SitePage } from '../site-adapter';
import type { UrlExamples } from '../url-examples';

export const GARMIN_ORIGIN = 'https://connect.garmin.com';
export const GARMIN_MATCHES = ['https://connect.garmin.com/*'] as const;

const ACTIVITY_PATH = /^\/(?:modern|app)\/activity\/(\d+)(?:\/|$)/;

/** The canonical address of an activity's page. */
export function garminActivityUrl(id: string): string {
  return `${GARMIN_ORIGIN}/app/activity/${id}`;
}

export function garminActivityRef(url: URL): SiteRef | null {
  if (url.origin !== GARMIN_ORIGIN) return null;
  const id = ACTIVITY_PATH.exec(url.pathname)?.[1];
  return id === undefined ? null : { site: 'garmin-connect', activityId: id, url: garminActivityUrl(id) };
}

export function isGarminActivityList(url: URL): boolean {
  return url.origin === GARMIN_ORIGIN && /^\/(?:modern|app)\/activities\/?$/.test(url.pathname);
}

export const garminConnectPage: SitePage = {
  site: 'garmin-connect',
  label: 'Garmin Connect',
  origin: GARMIN_ORIGIN,
  matches: GARMIN_MATCHES,
  activityRef: garminActivityRef,
  isActivityList: isGarminActivityList,
};

export const EXAMPLES: UrlExamples = {
  activity: [
    { url: 'https://connect.garmin.com/app/activity/17234567890', activityId: '17234567890' },
    { url: 'https://connect.garmin.com/app/activity/17234567890/splits', activityId: '17234567890' },
    { url: 'https://connect.garmin.com/modern/activity/17234567890', activityId: '17234567890' },
    { url: 'https://connect.garmin.com/modern/activity/17234567890/', activityId: '17234567890' },
    { url: 'https://connect.garmin.com/modern/activity/123?share=1', activityId: '123' },
  ],
  list: [
    'https://connect.garmin.com/modern/activities',
    'https://connect.garmin.com/modern/activities?activityType=cycling',
    'https://connect.garmin.com/app/activities',
  ],
  notMatching: [
    'https://connect.garmin.com/modern/',
    'https://connect.garmin.com/modern/dashboard/12345',
    'https://connect.garmin.com/modern/activity/',
    'https://connect.garmin.com/app/activity/',
    'https://connect.garmin.com/app/activity/17234567890x',
    'https://connect.garmin.com/modern/course/9876',
    'https://connect.garmin.com/modern/workout/5555',
    'https://sso.garmin.com/sso/signin',
    'https://connect.garmin.cn/modern/activity/17234567890',
    'https://connect.garmin.com.example.org/modern/activity/17234567890',
  ],
};
