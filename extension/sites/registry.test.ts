import { describe, expect, it } from 'vitest';
import { adapterForUrl } from './registry';

describe('adapterForUrl', () => {
  it('finds the adapter and the activity a page shows', () => {
    const match = adapterForUrl('https://www.strava.com/activities/123/overview');
    expect([match?.adapter.site, match?.ref, match?.isList]).toEqual([
      'strava',
      { site: 'strava', activityId: '123', url: 'https://www.strava.com/activities/123' },
      false,
    ]);
  });

  it('knows a list page and a page of the site that shows neither', () => {
    const list = adapterForUrl(new URL('https://connect.garmin.com/modern/activities'));
    expect([list?.adapter.site, list?.ref, list?.isList]).toEqual(['garmin-connect', null, true]);
    const other = adapterForUrl('https://intervals.icu/fitness');
    expect([other?.adapter.site, other?.ref, other?.isList]).toEqual(['intervals.icu', null, false]);
  });

  it('is null for any other site and for text that is no URL', () => {
    expect(adapterForUrl('https://example.org/activities/123')).toBeNull();
    expect(adapterForUrl('chrome://extensions')).toBeNull();
    expect(adapterForUrl('not a url')).toBeNull();
  });
});
