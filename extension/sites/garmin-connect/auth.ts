// How Garmin Connect's own web app authenticates its API requests, newest
// first (docs/domain.md: the auth has changed three times). Every form talks to
// connect.garmin.com itself, with the page's session cookie:
// 1. /gc-api/{service}/... with the connect-csrf-token header, the token the
//    page carries in <meta name="csrf-token">: the current app, and the form
//    current tools confirm (issue 14). Tried first, and alone when it answers;
// 2. last resorts, for a page of an older app: /{service}/... with the Bearer
//    token the 2022-2024 app kept in localStorage, plus DI-Backend:
//    connectapi.garmin.com and NK: NT; then /modern/proxy/{service}/... with
//    NK: NT (garminexport, garminexport/garminclient.py,
//    "https://connect.garmin.com/modern/proxy/..."; NK: NT "necessary since
//    2021-02-23 to avoid http error code 402", pe-st/garmin-connect-export).
// A form whose credentials the page does not have is skipped.
import type { SiteFetch, SiteResult } from '../site-adapter';
import { siteBytes, siteJson } from '../site-request';

export interface GarminPageAuth {
  readonly csrfToken: string | null;
  readonly bearerToken: string | null;
}

interface AuthForm {
  readonly prefix: string;
  readonly headers: Record<string, string>;
}

export function authForms(auth: GarminPageAuth): AuthForm[] {
  const forms: AuthForm[] = [];
  if (auth.csrfToken !== null) forms.push({ prefix: '/gc-api', headers: { 'connect-csrf-token': auth.csrfToken } });
  if (auth.bearerToken !== null) {
    forms.push({
      prefix: '',
      headers: { Authorization: `Bearer ${auth.bearerToken}`, 'DI-Backend': 'connectapi.garmin.com', NK: 'NT' },
    });
  }
  forms.push({ prefix: '/modern/proxy', headers: { NK: 'NT' } });
  return forms;
}

/**
 * The page's credentials: the CSRF token in its <meta name="csrf-token">, and
 * the OAuth2 token the older app kept in localStorage "token" as
 * { access_token } (read by the content script, which shares the page's storage).
 */
export function readGarminPageAuth(
  doc: Pick<Document, 'querySelector'>,
  storage: Pick<Storage, 'getItem'> | null,
): GarminPageAuth {
  const csrfToken = doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content')?.trim() || null;
  let bearerToken: string | null = null;
  try {
    const stored: unknown = JSON.parse(storage?.getItem('token') ?? 'null');
    const token =
      typeof stored === 'object' && stored !== null ? (stored as { access_token?: unknown }).access_token : undefined;
    bearerToken = typeof token === 'string' && token !== '' ? token : null;
  } catch {
    bearerToken = null;
  }
  return { csrfToken, bearerToken };
}

/**
 * Requests a Connect service path ("/activity-service/activity/1") in each
 * auth form until one answers. The form that worked is remembered for the
 * next request of the same session. A 429 stops at once; when every form
 * fails, a sign-in page from any form wins, else the current form's failure
 * stands (an older form's 404 says only that the form is gone).
 */
export class GarminSession {
  private forms: AuthForm[];

  constructor(
    private readonly fetch: SiteFetch,
    auth: GarminPageAuth,
  ) {
    this.forms = authForms(auth);
  }

  json(servicePath: string): Promise<SiteResult<unknown>> {
    return this.tryForms((form) => siteJson(this.fetch, form.prefix + servicePath, form.headers));
  }

  bytes(servicePath: string): Promise<SiteResult<{ bytes: Uint8Array; html: boolean }>> {
    return this.tryForms((form) => siteBytes(this.fetch, form.prefix + servicePath, form.headers));
  }

  private async tryForms<T>(request: (form: AuthForm) => Promise<SiteResult<T>>): Promise<SiteResult<T>> {
    const failures: SiteResult<T>[] = [];
    for (const form of this.forms) {
      const result = await request(form);
      if (result.ok || result.failure.kind === 'rate-limited') {
        this.forms = [form, ...this.forms.filter((f) => f !== form)];
        return result;
      }
      failures.push(result);
    }
    return failures.find((f) => !f.ok && f.failure.kind === 'logged-out') ?? failures[0]!;
  }
}
