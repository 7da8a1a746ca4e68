import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './registry';
import { SITE_PAGES, sitePageForUrl } from './site-pages';

describe('the sites as the side panel knows them', () => {
  it('are the adapters, in order, with the same pages', () => {
    expect(SITE_PAGES.map((p) => [p.site, p.label, p.origin, p.matches])).toEqual(
      ADAPTERS.map((a) => [a.site, a.label, a.origin, a.matches]),
    );
  });

  it('tell an activity page, a list page and another site', () => {
    const activity = sitePageForUrl('https://intervals.icu/activities/i4567');
    expect([activity?.adapter.label, activity?.ref?.activityId, activity?.isList]).toEqual([
      'intervals.icu',
      'i4567',
      false,
    ]);
    const list = sitePageForUrl('https://www.strava.com/athlete/training');
    expect([list?.adapter.label, list?.ref, list?.isList]).toEqual(['Strava', null, true]);
    expect(sitePageForUrl('https://example.org/activities/1')).toBeNull();
  });
});
