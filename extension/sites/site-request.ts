// One GET to the site's own origin, with the answer sorted into what an
// adapter acts on: the response, or why not (SiteFailure). Shared by every
// adapter so "logged out", "slow down" and "not there" mean the same on all.
import type { SiteFailure, SiteFetch, SiteResult } from './site-adapter';

/** How a request's body is used: JSON must not be a page, a file may be anything but a login page. */
export type Expect = 'json' | 'file';

const LOGIN_PATH = /\/(?:login|signin|sign_in|session|sso)\b/i;

/**
 * Retry-After in seconds (RFC 9110 §10.2.3: delay-seconds or an HTTP-date);
 * null when absent or unreadable, and then the caller waits its own default.
 */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function isHtml(response: Response): boolean {
  return /^text\/html\b/i.test(response.headers.get('content-type') ?? '');
}

/** The failure a response stands for, or null when it is a usable answer. */
export function responseFailure(response: Response, expect: Expect, now: number): SiteFailure | null {
  // A refusal is about this endpoint, not the login: Strava refuses another athlete's
  // training_activities/{id}, Garmin answers 403 "Only owner of activity allowed"
  // (cyberjunky/python-garminconnect@2ae0eb5, tests/cassettes/test_download_activity.yaml).
  if (response.status === 401 || response.status === 403) return { kind: 'refused' };
  if (response.status === 429)
    return { kind: 'rate-limited', retryAfterS: retryAfterSeconds(response.headers.get('retry-after'), now) };
  if (response.status === 404) return { kind: 'not-found' };
  // A logged-out session is redirected to the sign-in page, which answers 200 with HTML.
  if (response.redirected && LOGIN_PATH.test(new URL(response.url, 'https://invalid').pathname))
    return { kind: 'logged-out' };
  // "If the credentials are not valid Strava returns HTML" where JSON was asked for
  // (SauceLLC/sauce4strava@0f9bf3a, src/bg/hist.mjs, _scanSelfActivitiesIter).
  if (expect === 'json' && isHtml(response)) return { kind: 'logged-out' };
  if (response.status >= 500) return { kind: 'unreachable', what: `the site answered HTTP ${response.status}` };
  if (!response.ok) return { kind: 'changed', what: `the site answered HTTP ${response.status}` };
  return null;
}

/**
 * GETs `path` on the page's own origin. Only paths on that origin are asked
 * for: an absolute or protocol-relative URL is refused before any request.
 * Never throws: a network failure is reported as a failure.
 */
export async function siteGet(
  fetch: SiteFetch,
  path: string,
  expect: Expect,
  headers: Record<string, string> = {},
  now: number = Date.now(),
  redirect: 'follow' | 'manual' = 'follow',
): Promise<SiteResult<Response>> {
  if (!path.startsWith('/') || path.startsWith('//'))
    return { ok: false, failure: { kind: 'changed', what: `refused to request ${path}: not a path on the site` } };
  let response: Response;
  try {
    response = await fetch(path, redirect === 'manual' ? { headers, redirect } : { headers });
  } catch (e) {
    return {
      ok: false,
      failure: {
        kind: 'unreachable',
        what: `the request for ${path.split('?')[0]} failed (${e instanceof Error ? e.message : String(e)})`,
      },
    };
  }
  // With redirect: 'manual' a redirect comes back opaque: its target is hidden, and not followed.
  if (response.type === 'opaqueredirect') return { ok: false, failure: { kind: 'redirected' } };
  const failure = responseFailure(response, expect, now);
  return failure === null ? { ok: true, value: response } : { ok: false, failure };
}

/** The JSON body of a GET, or why not. */
export async function siteJson(
  fetch: SiteFetch,
  path: string,
  headers: Record<string, string> = {},
): Promise<SiteResult<unknown>> {
  const got = await siteGet(fetch, path, 'json', headers);
  if (!got.ok) return got;
  try {
    return { ok: true, value: await got.value.json() };
  } catch {
    return { ok: false, failure: { kind: 'changed', what: `${path.split('?')[0]} no longer answers with JSON` } };
  }
}

/** The bytes of a GET, or why not. */
export async function siteBytes(
  fetch: SiteFetch,
  path: string,
  headers: Record<string, string> = {},
  redirect: 'follow' | 'manual' = 'follow',
): Promise<SiteResult<{ bytes: Uint8Array; html: boolean }>> {
  const got = await siteGet(fetch, path, 'file', headers, Date.now(), redirect);
  if (!got.ok) return got;
  try {
    return { ok: true, value: { bytes: new Uint8Array(await got.value.arrayBuffer()), html: isHtml(got.value) } };
  } catch (e) {
    return {
      ok: false,
      failure: {
        kind: 'unreachable',
        what: `the download of ${path.split('?')[0]} broke off (${e instanceof Error ? e.message : String(e)})`,
      },
    };
  }
}
