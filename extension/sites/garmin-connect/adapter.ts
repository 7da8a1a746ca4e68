// Garmin Connect: activity pages on connect.garmin.com, read with the
// athlete's own session. The page's credentials are read when a request is
// made (in the content script, on Garmin's page), never stored.
import type { SiteAdapter } from '../site-adapter';
import { readGarminPageAuth, type GarminPageAuth } from './auth';
import { fetchGarminActivity } from './fetch-activity';
import { listGarminActivities } from './list-activities';
import { garminConnectPage } from './urls';

/** The adapter, reading the page's credentials with `pageAuth` at each request (injectable for tests). */
export function makeGarminConnectAdapter(pageAuth: () => GarminPageAuth): SiteAdapter {
  return {
    ...garminConnectPage,
    fetchActivity: (ref, fetch) => fetchGarminActivity(ref, fetch, pageAuth()),
    listActivities: (cursor, fetch) => listGarminActivities(cursor, fetch, pageAuth()),
  };
}

/**
 * The adapter as the content script on a Garmin Connect page uses it. Elsewhere
 * (a service worker, the side panel) the page's credentials are out of reach
 * and only the oldest, cookie-only form is tried.
 */
export const garminConnectAdapter: SiteAdapter = makeGarminConnectAdapter(() =>
  typeof document === 'undefined'
    ? { csrfToken: null, bearerToken: null }
    : readGarminPageAuth(document, typeof localStorage === 'undefined' ? null : localStorage),
);
