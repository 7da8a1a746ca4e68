// Every site adapter, and which one (if any) a page URL belongs to.
import { garminConnectAdapter } from './garmin-connect/adapter';
import { intervalsIcuAdapter } from './intervals-icu/adapter';
import type { SiteAdapter } from './site-adapter';
import { matchPage, type SitePageMatch } from './site-pages';
import { stravaAdapter } from './strava/adapter';

export const ADAPTERS: readonly SiteAdapter[] = [stravaAdapter, garminConnectAdapter, intervalsIcuAdapter];

export type PageMatch = SitePageMatch<SiteAdapter>;

/** The adapter whose site `url` is on, with what the page shows; null for any other site or an unreadable URL. */
export function adapterForUrl(url: string | URL): PageMatch | null {
  return matchPage(ADAPTERS, url);
}
