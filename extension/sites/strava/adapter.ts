// Strava: activity pages on www.strava.com, read with the athlete's own session.
import type { SiteAdapter } from '../site-adapter';
import { fetchStravaActivity } from './fetch-activity';
import { listStravaActivities } from './list-activities';
import { stravaPage } from './urls';

export const stravaAdapter: SiteAdapter = {
  ...stravaPage,
  fetchActivity: fetchStravaActivity,
  listActivities: listStravaActivities,
};
