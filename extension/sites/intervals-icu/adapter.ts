// intervals.icu: activity pages on intervals.icu, read with the athlete's own session.
import type { SiteAdapter } from '../site-adapter';
import { fetchIntervalsActivity } from './fetch-activity';
import { listIntervalsActivities } from './list-activities';
import { INTERVALS_MATCHES, INTERVALS_ORIGIN, intervalsActivityRef, isIntervalsActivityList } from './urls';

/** The adapter, with `now` for the first list window (injectable for tests). */
export function makeIntervalsIcuAdapter(now: () => number): SiteAdapter {
  return {
    site: 'intervals.icu',
    label: 'intervals.icu',
    origin: INTERVALS_ORIGIN,
    matches: INTERVALS_MATCHES,
    activityRef: intervalsActivityRef,
    isActivityList: isIntervalsActivityList,
    fetchActivity: fetchIntervalsActivity,
    listActivities: (cursor, fetch) => listIntervalsActivities(cursor, fetch, now()),
  };
}

export const intervalsIcuAdapter: SiteAdapter = makeIntervalsIcuAdapter(() => Date.now());
