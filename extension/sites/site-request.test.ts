import { describe, expect, it } from 'vitest';
import { responseFailure, retryAfterSeconds, siteGet } from './site-request';
import { fakeSite, opaqueRedirect, status } from './test-support/fake-site';

const NOW = Date.UTC(2024, 5, 1, 12);

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP-dates (RFC 9110 §10.2.3), and null for anything else', () => {
    expect(retryAfterSeconds('120', NOW)).toBe(120);
    expect(retryAfterSeconds('Sat, 01 Jun 2024 12:05:00 GMT', NOW)).toBe(300);
    expect(retryAfterSeconds('Sat, 01 Jun 2024 11:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(null, NOW)).toBeNull();
  });
});

describe('responseFailure', () => {
  it.each([
    // A refusal is about one endpoint; only the sign-in page says the athlete is logged out.
    [401, 'refused'],
    [403, 'refused'],
    [404, 'not-found'],
    [500, 'unreachable'],
  ])('HTTP %i is %s', (code, kind) => {
    expect(responseFailure(status(code), 'json', NOW)?.kind).toBe(kind);
  });

  it('takes a redirect to a sign-in page as logged out, for a file too', () => {
    const redirected = new Response('<html>', { headers: { 'content-type': 'text/html' } });
    Object.defineProperties(redirected, {
      redirected: { value: true },
      url: { value: 'https://www.strava.com/login' },
    });
    expect(responseFailure(redirected, 'file', NOW)).toEqual({ kind: 'logged-out' });
  });

  it('takes an HTML page where JSON was asked for as the sign-in page, but a file may be anything', () => {
    const page = () => new Response('<html>', { headers: { 'content-type': 'text/html' } });
    expect(responseFailure(page(), 'json', NOW)).toEqual({ kind: 'logged-out' });
    expect(responseFailure(page(), 'file', NOW)).toBeNull();
  });
});

describe('siteGet', () => {
  it("refuses to ask anything but a path on the page's own origin, before any request", async () => {
    const site = fakeSite({});
    for (const path of ['https://evil.example/x', '//evil.example/x', 'api/v1']) {
      expect(await siteGet(site.fetch, path, 'json')).toEqual({
        ok: false,
        failure: { kind: 'changed', what: `refused to request ${path}: not a path on the site` },
      });
    }
    expect(site.sent).toEqual([]);
  });

  it('does not follow a redirect when asked not to, and says it was one', async () => {
    const site = fakeSite({ '/file': opaqueRedirect });
    expect(await siteGet(site.fetch, '/file', 'file', {}, NOW, 'manual')).toEqual({
      ok: false,
      failure: { kind: 'redirected' },
    });
    expect(site.sent).toEqual([{ path: '/file', headers: {}, redirect: 'manual' }]);
  });

  it('reports a network failure instead of throwing', async () => {
    const got = await siteGet(() => Promise.reject(new TypeError('Failed to fetch')), '/api/v1/activity/1?x=1', 'json');
    expect(got).toEqual({
      ok: false,
      failure: { kind: 'unreachable', what: 'the request for /api/v1/activity/1 failed (Failed to fetch)' },
    });
  });
});
