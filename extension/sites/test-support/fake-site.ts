// A site for adapter tests: canned responses by path, every request recorded,
// so a test can assert what was asked for and that nothing left the origin.
import { expect } from 'vitest';
import type { SiteFetch } from '../site-adapter';

export interface Sent {
  readonly path: string;
  readonly headers: Record<string, string>;
  /** 'manual' when the request asked not to follow redirects. */
  readonly redirect: 'follow' | 'manual';
}

export type Route = Response | (() => Response);

export interface FakeSite {
  readonly fetch: SiteFetch;
  readonly sent: Sent[];
  /** Paths asked for, in order. */
  paths(): string[];
}

/** Answers each path (with its query) from `routes`; anything else is a 404 page. */
export function fakeSite(routes: Readonly<Record<string, Route>>): FakeSite {
  const sent: Sent[] = [];
  return {
    sent,
    paths: () => sent.map((s) => s.path),
    fetch: async (path, init) => {
      sent.push({ path, headers: { ...init?.headers }, redirect: init?.redirect ?? 'follow' });
      const route = routes[path];
      if (route === undefined)
        return new Response('<html>Not found</html>', { status: 404, headers: { 'content-type': 'text/html' } });
      return typeof route === 'function' ? route() : route.clone();
    },
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const file = (bytes: Uint8Array, contentType = 'application/octet-stream'): Response =>
  new Response(bytes.slice().buffer, { status: 200, headers: { 'content-type': contentType } });

/** The sign-in page a logged-out session is shown instead of data. */
export const loginPage = (): Response =>
  new Response('<!doctype html><title>Log In</title>', {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });

export const status = (code: number, headers: Record<string, string> = {}): Response =>
  new Response('', { status: code, headers });

/** Every request went to a path on the page's own origin: relative, not protocol-relative, no scheme. */
export function expectSameOrigin(site: FakeSite): void {
  expect(site.sent.length).toBeGreaterThan(0);
  for (const { path } of site.sent) {
    expect(path).toMatch(/^\/(?!\/)/);
    expect(new URL(path, 'https://site.invalid').origin).toBe('https://site.invalid');
  }
}

/**
 * What fetch gives for a redirect when asked not to follow it (redirect:
 * 'manual'): an opaque response with status 0 and no location
 * (https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect).
 */
export const opaqueRedirect = (): Response => {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false } });
  return response;
};
