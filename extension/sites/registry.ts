// Every site adapter, and which one (if any) a page URL belongs to.
import type { SiteRef } from '../../shared/model';
import { garminConnectAdapter } from './garmin-connect/adapter';
import { intervalsIcuAdapter } from './intervals-icu/adapter';
import type { SiteAdapter } from './site-adapter';
import { stravaAdapter } from './strava/adapter';

export const ADAPTERS: readonly SiteAdapter[] = [stravaAdapter, garminConnectAdapter, intervalsIcuAdapter];

export interface PageMatch {
  readonly adapter: SiteAdapter;
  /** The activity the page shows, or null when it shows none. */
  readonly ref: SiteRef | null;
  /** True on a page listing the athlete's activities (bulk import). */
  readonly isList: boolean;
}

/** The adapter whose site `url` is on, with what the page shows; null for any other site or an unreadable URL. */
export function adapterForUrl(url: string | URL): PageMatch | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const adapter = ADAPTERS.find((a) => a.origin === parsed.origin);
  return adapter ? { adapter, ref: adapter.activityRef(parsed), isList: adapter.isActivityList(parsed) } : null;
}
