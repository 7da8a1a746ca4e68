// Which www.strava.com pages show one activity and which list the athlete's
// activities. Activity pages are /activities/{numeric id} with optional tabs
// (/overview, /analysis, /segments/...), as Elevate reads the id from
// window.location.pathname.split('/')[2] (thomaschampagne/elevate,
// plugin/core/scripts/processors/vacuum-processor.ts). "My Activities" is
// /athlete/training, the page whose table loads /athlete/training_activities
// (docs/domain.md; Elevate's fixture of that endpoint).
import type { SiteRef } from '../../../shared/model';
import type { SitePage } from '../site-adapter';
import type { UrlExamples } from '../url-examples';

export const STRAVA_ORIGIN = 'https://www.strava.com';
export const STRAVA_MATCHES = ['https://www.strava.com/*'] as const;

const ACTIVITY_PATH = /^\/activities\/(\d+)(?:\/|$)/;

export function stravaActivityRef(url: URL): SiteRef | null {
  if (url.origin !== STRAVA_ORIGIN) return null;
  const id = ACTIVITY_PATH.exec(url.pathname)?.[1];
  return id === undefined ? null : { site: 'strava', activityId: id, url: `${STRAVA_ORIGIN}/activities/${id}` };
}

export function isStravaActivityList(url: URL): boolean {
  return url.origin === STRAVA_ORIGIN && /^\/athlete\/training\/?$/.test(url.pathname);
}

export const stravaPage: SitePage = {
  site: 'strava',
  label: 'Strava',
  origin: STRAVA_ORIGIN,
  matches: STRAVA_MATCHES,
  activityRef: stravaActivityRef,
  isActivityList: isStravaActivityList,
};

export const EXAMPLES: UrlExamples = {
  activity: [
    { url: 'https://www.strava.com/activities/12345678901', activityId: '12345678901' },
    { url: 'https://www.strava.com/activities/12345678901/overview', activityId: '12345678901' },
    { url: 'https://www.strava.com/activities/987654321/analysis/120/300', activityId: '987654321' },
    { url: 'https://www.strava.com/activities/987654321/segments/3051234567890#kudos', activityId: '987654321' },
    { url: 'https://www.strava.com/activities/42?share_sig=ABC', activityId: '42' },
  ],
  list: [
    'https://www.strava.com/athlete/training',
    'https://www.strava.com/athlete/training?keywords=&sport_type=Ride',
  ],
  notMatching: [
    'https://www.strava.com/dashboard',
    'https://www.strava.com/activities',
    'https://www.strava.com/activities/new',
    'https://www.strava.com/segments/229781',
    'https://www.strava.com/routes/3118472947',
    'https://www.strava.com/athletes/1234/activities/99',
    'https://strava.com/activities/12345678901',
    'https://www.strava.com.example.org/activities/12345678901',
    'http://www.strava.com/activities/12345678901',
    'https://www.strava.com/athlete/training_activities?page=2',
  ],
};
