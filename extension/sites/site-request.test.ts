import { describe, expect, it } from 'vitest';
import { responseFailure, retryAfterSeconds, siteGet } from './site-request';
import { fakeSite, status } from './test-support/fake-site';

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
    [401, 'logged-out'],
    [403, 'logged-out'],
    [404, 'not-found'],
    [500, 'unreachable'],
  ])('HTTP %i is %s', (code, kind) => {
    expect(responseFailure(status(code), 'json', NOW)?.kind).toBe(kind);
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

  it('reports a network failure instead of throwing', async () => {
    const got = await siteGet(() => Promise.reject(new TypeError('Failed to fetch')), '/api/v1/activity/1?x=1', 'json');
    expect(got).toEqual({
      ok: false,
      failure: { kind: 'unreachable', what: 'the request for /api/v1/activity/1 failed (Failed to fetch)' },
    });
  });
});
