import { describe, expect, it } from 'vitest';
import { expectSameOrigin, fakeSite, json } from '../test-support/fake-site';
import { makeGarminConnectAdapter } from './adapter';
import activities from './fixtures/activities.json';

const adapter = makeGarminConnectAdapter(() => ({ csrfToken: 't', bearerToken: null }));
const page = (start: number) => `/gc-api/activitylist-service/activities/search/activities?start=${start}&limit=20`;

describe('Garmin Connect listActivities', () => {
  it('pages by offset, 20 at a time, and stops at a short page', async () => {
    const full = Array.from({ length: 20 }, (_, i) => ({ ...activities[0], activityId: 100 + i }));
    const site = fakeSite({ [page(0)]: json(full), [page(20)]: json(activities) });
    const first = await adapter.listActivities(null, site.fetch);
    expect(first.ok && [first.value.items.length, first.value.next]).toEqual([20, '20']);
    const second = await adapter.listActivities('20', site.fetch);
    expect(second).toEqual({
      ok: true,
      value: {
        items: [
          {
            ref: {
              site: 'garmin-connect',
              activityId: '17234567891',
              url: 'https://connect.garmin.com/modern/activity/17234567891',
            },
            start: Date.UTC(2024, 5, 2, 17),
            title: 'Easy run',
          },
          {
            ref: {
              site: 'garmin-connect',
              activityId: '17234567890',
              url: 'https://connect.garmin.com/modern/activity/17234567890',
            },
            start: Date.UTC(2024, 5, 1, 6),
            title: 'Vercors loop',
          },
        ],
        next: null,
      },
    });
    expectSameOrigin(site);
  });
});
