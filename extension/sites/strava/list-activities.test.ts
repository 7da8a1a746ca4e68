import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixtureText } from '../../../tests/support/fixtures';
import { expectSameOrigin, fakeSite, json, loginPage, status } from '../test-support/fake-site';
import activity from './fixtures/activity.json';
import feed from './fixtures/feed.json';
import { listStravaActivities } from './list-activities';

const page = (n: number) => `/athlete/training_activities?new_activity_only=false&page=${n}`;
const FEED = '/dashboard/feed?feed_type=my_activity';
const ref = (id: string) => ({ site: 'strava', activityId: id, url: `https://www.strava.com/activities/${id}` });

describeWithFixtures("listStravaActivities on Strava's captured training list (Elevate, Dec 2016)", () => {
  const page1 = JSON.parse(fixtureText('sites/strava/elevate__training_activities_page1.json'));
  const page2 = JSON.parse(fixtureText('sites/strava/elevate__training_activities_page2.json'));
  const site = fakeSite({ [page(1)]: json(page1), [page(2)]: json(page2) });

  it('pages through with new_activity_only=false and X-Requested-With, while pages remain of the total', async () => {
    const first = await listStravaActivities(null, site.fetch);
    if (!first.ok) throw new Error(first.failure.kind);
    expect(first.value.items).toHaveLength(20);
    expect(first.value.items[0]).toEqual({
      ref: ref('799672885'),
      start: Date.UTC(2016, 11, 11, 14, 45, 50),
      title: 'Running back... Hard !',
    });
    // 592 activities at 20 a page: 30 pages.
    expect(first.value.next).toBe('2');
    const second = await listStravaActivities('2', site.fetch);
    expect(second.ok && [second.value.items.length, second.value.next]).toEqual([20, '3']);
    expect(site.sent.every((s) => s.headers['X-Requested-With'] === 'XMLHttpRequest')).toBe(true);
    expectSameOrigin(site);
  });
});

describe('listStravaActivities', () => {
  it('ends after the page that reaches the total', async () => {
    const site = fakeSite({ [page(3)]: json({ models: [activity], page: 3, perPage: 20, total: 41 }) });
    expect(await listStravaActivities('3', site.fetch)).toEqual({
      ok: true,
      value: {
        items: [{ ref: ref('12345678901'), start: Date.UTC(2024, 5, 1, 6), title: 'Col de la Croix de Fer' }],
        next: null,
      },
    });
  });

  it.each([
    ['refused', status(403)],
    ['gone', status(404)],
    ['without models', json({ activities: [] })],
  ])('falls back to the my_activity feed when the training list is %s, own activities only', async (_, answer) => {
    const site = fakeSite({ [page(1)]: answer, [FEED]: json(feed) });
    expect(await listStravaActivities(null, site.fetch)).toEqual({
      ok: true,
      value: {
        items: [
          { ref: ref('12345678903'), start: Date.UTC(2024, 5, 3, 17, 30), title: 'Evening Run' },
          { ref: ref('12345678901'), start: Date.UTC(2024, 5, 1, 6), title: 'Col de la Croix de Fer' },
        ],
        next: 'feed:1717228800',
      },
    });
    expect(site.paths()).toEqual([page(1), FEED]);
  });

  it('pages the feed by the last entry, and ends on an empty page', async () => {
    const site = fakeSite({ [`${FEED}&before=1717228800`]: json({ entries: [] }) });
    expect(await listStravaActivities('feed:1717228800', site.fetch)).toEqual({
      ok: true,
      value: { items: [], next: null },
    });
  });

  it('stops on a logged-out page, without trying the feed', async () => {
    const out = fakeSite({ [page(1)]: loginPage(), [FEED]: json(feed) });
    expect(await listStravaActivities(null, out.fetch)).toEqual({ ok: false, failure: { kind: 'logged-out' } });
    expect(out.paths()).toEqual([page(1)]);
  });

  it('does not fall back halfway through the training list', async () => {
    const site = fakeSite({ [page(2)]: status(403), [FEED]: json(feed) });
    expect(await listStravaActivities('2', site.fetch)).toEqual({ ok: false, failure: { kind: 'refused' } });
  });

  it('says the feed changed when it has no entries', async () => {
    const odd = fakeSite({ [page(1)]: status(404), [FEED]: json({ items: [] }) });
    expect(await listStravaActivities(null, odd.fetch)).toEqual({
      ok: false,
      failure: { kind: 'changed', what: 'Strava\'s activity feed no longer lists "entries"' },
    });
  });
});
