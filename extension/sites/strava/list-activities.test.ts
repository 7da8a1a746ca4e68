import { describe, expect, it } from 'vitest';
import { expectSameOrigin, fakeSite, json, loginPage } from '../test-support/fake-site';
import page1 from './fixtures/training-activities-page-1.json';
import page2 from './fixtures/training-activities-page-2.json';
import { listStravaActivities } from './list-activities';

describe('listStravaActivities', () => {
  const site = fakeSite({
    '/athlete/training_activities?page=1': json(page1),
    '/athlete/training_activities?page=2': json(page2),
  });

  it("pages through the athlete's activities, newest first, until the total is reached", async () => {
    const first = await listStravaActivities(null, site.fetch);
    expect(first).toEqual({
      ok: true,
      value: {
        items: [
          {
            ref: { site: 'strava', activityId: '12345678903', url: 'https://www.strava.com/activities/12345678903' },
            start: Date.UTC(2024, 5, 3, 17, 30),
            title: 'Evening Run',
          },
          {
            ref: { site: 'strava', activityId: '12345678902', url: 'https://www.strava.com/activities/12345678902' },
            start: Date.UTC(2024, 5, 2, 7, 10),
            title: 'Commute',
          },
          {
            ref: { site: 'strava', activityId: '12345678901', url: 'https://www.strava.com/activities/12345678901' },
            start: Date.UTC(2024, 5, 1, 6, 0),
            title: 'Col de la Croix de Fer',
          },
        ],
        next: '2',
      },
    });
    const second = await listStravaActivities('2', site.fetch);
    expect(second.ok && second.value.items.map((i) => i.ref.activityId)).toEqual(['12345678900', '12345678899']);
    expect(second.ok && second.value.next).toBeNull();
    expect(site.sent.every((s) => s.headers['X-Requested-With'] === 'XMLHttpRequest')).toBe(true);
    expectSameOrigin(site);
  });

  it('stops on a logged-out page', async () => {
    const out = fakeSite({ '/athlete/training_activities?page=1': loginPage() });
    expect(await listStravaActivities(null, out.fetch)).toEqual({ ok: false, failure: { kind: 'logged-out' } });
  });

  it('says the endpoint changed when the answer has no models', async () => {
    const odd = fakeSite({ '/athlete/training_activities?page=1': json({ activities: [] }) });
    expect(await listStravaActivities(null, odd.fetch)).toEqual({
      ok: false,
      failure: { kind: 'changed', what: 'Strava\'s activity list no longer lists "models"' },
    });
  });
});
