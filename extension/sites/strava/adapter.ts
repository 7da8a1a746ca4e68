// Strava: activity pages on www.strava.com, read with the athlete's own session.
import type { SiteAdapter } from '../site-adapter';
import { fetchStravaActivity } from './fetch-activity';
import { listStravaActivities } from './list-activities';
import { isStravaActivityList, STRAVA_MATCHES, STRAVA_ORIGIN, stravaActivityRef } from './urls';

export const stravaAdapter: SiteAdapter = {
  site: 'strava',
  label: 'Strava',
  origin: STRAVA_ORIGIN,
  matches: STRAVA_MATCHES,
  activityRef: stravaActivityRef,
  isActivityList: isStravaActivityList,
  fetchActivity: fetchStravaActivity,
  listActivities: listStravaActivities,
};
