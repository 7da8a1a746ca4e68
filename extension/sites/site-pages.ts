// Every training site's pages, and which one (if any) a page URL belongs to,
// without the adapters' requests: the side panel needs only this much to offer
// an import, and the requests (with the importer they feed) load where an
// import runs, in the site's page and the background.
import type { SiteRef } from '../../shared/model';
import { garminConnectPage } from './garmin-connect/urls';
import { intervalsIcuPage } from './intervals-icu/urls';
import type { SitePage } from './site-adapter';
import { stravaPage } from './strava/urls';

/** In the adapters' order (registry.ts). */
export const SITE_PAGES: readonly SitePage[] = [stravaPage, garminConnectPage, intervalsIcuPage];

export interface SitePageMatch<P extends SitePage = SitePage> {
  readonly adapter: P;
  /** The activity the page shows, or null when it shows none. */
  readonly ref: SiteRef | null;
  /** True on a page listing the athlete's activities (bulk import). */
  readonly isList: boolean;
}

/** The site of `sites` that `url` is on, with what the page shows; null for any other site or an unreadable URL. */
export function matchPage<P extends SitePage>(sites: readonly P[], url: string | URL): SitePageMatch<P> | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const adapter = sites.find((a) => a.origin === parsed.origin);
  return adapter ? { adapter, ref: adapter.activityRef(parsed), isList: adapter.isActivityList(parsed) } : null;
}

/** The site page `url` shows, for the side panel. */
export function sitePageForUrl(url: string | URL): SitePageMatch | null {
  return matchPage(SITE_PAGES, url);
}
