// intervals.icu: activity pages on intervals.icu, read with the athlete's own
// session. The athlete signed in is read from the page when a request is
// made (in the content script, on intervals.icu's page), never stored.
import type { SiteAdapter } from '../site-adapter';
import { fetchIntervalsActivity } from './fetch-activity';
import { listIntervalsActivities } from './list-activities';
import { readIntervalsAthleteId } from './page-athlete';
import { intervalsIcuPage } from './urls';

/** The adapter, with `now` for the first list window and `athlete` read from the page (injectable for tests). */
export function makeIntervalsIcuAdapter(now: () => number, athlete: () => string | null): SiteAdapter {
  return {
    ...intervalsIcuPage,
    fetchActivity: (ref, fetch) => fetchIntervalsActivity(ref, fetch, athlete()),
    listActivities: (cursor, fetch) => listIntervalsActivities(cursor, fetch, now(), athlete()),
  };
}

/** Outside a page (a service worker, the side panel) no athlete can be read, and nothing is fetched. */
export const intervalsIcuAdapter: SiteAdapter = makeIntervalsIcuAdapter(
  () => Date.now(),
  () => (typeof document === 'undefined' ? null : readIntervalsAthleteId(document)),
);
