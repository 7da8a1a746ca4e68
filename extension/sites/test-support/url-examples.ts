// Runs an adapter's URL examples (kept beside its urls.ts) through the adapter.
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../site-adapter';
import type { UrlExamples } from '../url-examples';

export function describeUrlExamples(adapter: SiteAdapter, examples: UrlExamples): void {
  describe(`${adapter.label} URLs`, () => {
    it.each(examples.activity)('$url is activity $activityId', ({ url, activityId }) => {
      const ref = adapter.activityRef(new URL(url));
      expect(ref?.site).toBe(adapter.site);
      expect(ref?.activityId).toBe(activityId);
      expect(new URL(ref!.url).origin).toBe(adapter.origin);
      expect(adapter.isActivityList(new URL(url))).toBe(false);
    });
    it.each(examples.list)('%s lists activities', (url) => {
      expect(adapter.isActivityList(new URL(url))).toBe(true);
      expect(adapter.activityRef(new URL(url))).toBeNull();
    });
    it.each(examples.notMatching)('%s is neither', (url) => {
      expect(adapter.activityRef(new URL(url))).toBeNull();
      expect(adapter.isActivityList(new URL(url))).toBe(false);
    });
    it('asks permission for its own origin only', () => {
      for (const pattern of adapter.matches) expect(pattern).toBe(`${adapter.origin}/*`);
    });
  });
}
