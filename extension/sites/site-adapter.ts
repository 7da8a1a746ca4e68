// What every training-site adapter provides (one folder per site beside this
// file). Adapters run in a content script on the site's own pages, so their
// requests go to the page's origin with the athlete's existing login and to no
// other host (issue 6).
import type { SiteName, SiteRef } from '../../shared/model';

/** What the site knows about an activity beyond its samples, applied to the imported session. */
export interface SiteDetails {
  readonly title: string | null;
  readonly description: string | null;
  readonly gear: string | null;
  /** Perceived exertion on the model's 0-10 scale. */
  readonly rpe: number | null;
  /** The athlete's private note, kept apart from the public description. */
  readonly privateNote: string | null;
}

/** One activity fetched from a site, ready for the importer: bytes exactly as the importer reads files. */
export interface FetchedActivity {
  readonly ref: SiteRef;
  /** A file name for the import report: "strava 1234567890.fit", "strava 1234567890.activity.json". */
  readonly name: string;
  /** The original upload (FIT, GPX, TCX, zip or gzip of one) or an activity-json document built from the site's streams. */
  readonly bytes: Uint8Array;
  /** Which way it was obtained, for the report ("original file", "streams"). */
  readonly via: string;
  readonly details: SiteDetails;
  /** Something the athlete should know about how it was fetched (the original file was out of reach). */
  readonly note?: string;
}

/** An activity as a site's list shows it: enough to skip ones already imported before downloading them. */
export interface ListedActivity {
  readonly ref: SiteRef;
  readonly start: number | null;
  readonly title: string | null;
}

/** Why a site request failed, in a form the panel words for the athlete. */
export type SiteFailure =
  /** The site showed its sign-in page, or redirected to it: the only sure sign of a logged-out tab. */
  | { readonly kind: 'logged-out' }
  /** HTTP 401 or 403 on one request: that endpoint is not open to this session, which says nothing about the login. */
  | { readonly kind: 'refused' }
  /** A request made without following redirects was redirected (to a host SessionsAI does not contact). */
  | { readonly kind: 'redirected' }
  | { readonly kind: 'rate-limited'; readonly retryAfterS: number | null }
  | { readonly kind: 'not-found' }
  /** Another athlete's activity (or one whose owner cannot be told): nothing of it is fetched. */
  | { readonly kind: 'not-yours' }
  | { readonly kind: 'unsupported'; readonly what: string }
  /** The site could not be reached, or failed on its side (no network, a 5xx): worth trying again later. */
  | { readonly kind: 'unreachable'; readonly what: string }
  | { readonly kind: 'changed'; readonly what: string };

export type SiteResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: SiteFailure };

/** How an adapter reaches its site: the page's own fetch (same origin, cookies), injectable for tests. */
export type SiteFetch = (
  path: string,
  init?: { readonly headers?: Record<string, string>; readonly redirect?: 'follow' | 'manual' },
) => Promise<Response>;

/** Which pages of a site show an activity or the athlete's list: what the side panel needs to offer an import. */
export interface SitePage {
  readonly site: SiteName;
  /** For the permission request and the panel: "Strava". */
  readonly label: string;
  /** The origin the adapter talks to and asks permission for: "https://www.strava.com". */
  readonly origin: string;
  /** Match patterns for the optional host permission and the content script. */
  readonly matches: readonly string[];
  /** The activity a page URL shows, or null when it is not an activity page. */
  activityRef(url: URL): SiteRef | null;
  /** Whether a page URL lists the athlete's activities (bulk import is offered there). */
  isActivityList(url: URL): boolean;
}

export interface SiteAdapter extends SitePage {
  fetchActivity(ref: SiteRef, fetch: SiteFetch): Promise<SiteResult<FetchedActivity>>;
  /** One page of the athlete's own activities, newest first; `next` is null after the last page. */
  listActivities(
    cursor: string | null,
    fetch: SiteFetch,
  ): Promise<SiteResult<{ readonly items: readonly ListedActivity[]; readonly next: string | null }>>;
}
