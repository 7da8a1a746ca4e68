// How intervals.icu is asked from its own pages. The public /api/v1/
// documents only API-key and bearer authentication
// (https://forum.intervals.icu/t/api-access-to-intervals-icu/609); the web app
// itself calls the same endpoints under /api/ with its session cookie, and
// the public API mirrors them: "Replace /api/ with /api/v1/ in the path"
// (the maintainer, same thread, page 7). So /api/ comes first, /api/v1/ is
// the fallback, and whichever answered is kept for the session's next request.
import type { SiteFetch, SiteResult } from '../site-adapter';
import { siteBytes, siteJson } from '../site-request';

const BASES = ['/api', '/api/v1'] as const;

export class IntervalsApi {
  private bases: string[] = [...BASES];

  constructor(private readonly fetch: SiteFetch) {}

  json(path: string): Promise<SiteResult<unknown>> {
    return this.tryBases((base) => siteJson(this.fetch, base + path));
  }

  bytes(path: string): Promise<SiteResult<{ bytes: Uint8Array; html: boolean }>> {
    return this.tryBases((base) => siteBytes(this.fetch, base + path));
  }

  /** A 429 or a sign-in page stops at once; otherwise the first base's failure stands when both fail. */
  private async tryBases<T>(request: (base: string) => Promise<SiteResult<T>>): Promise<SiteResult<T>> {
    let first: SiteResult<T> | null = null;
    for (const base of this.bases) {
      const result = await request(base);
      if (result.ok || result.failure.kind === 'rate-limited' || result.failure.kind === 'logged-out') {
        if (result.ok) this.bases = [base, ...this.bases.filter((b) => b !== base)];
        return result;
      }
      first ??= result;
    }
    return first!;
  }
}
