import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixtureText } from '../../../tests/support/fixtures';
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
              url: 'https://connect.garmin.com/app/activity/17234567891',
            },
            start: Date.UTC(2024, 5, 2, 17),
            title: 'Easy run',
          },
          {
            ref: {
              site: 'garmin-connect',
              activityId: '17234567890',
              url: 'https://connect.garmin.com/app/activity/17234567890',
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

describeWithFixtures("Garmin Connect listActivities on lists Garmin sent (garth's cassettes, 2026)", () => {
  it('reads the bare array: ids, GMT starts without a zone, names; a page shorter than 20 is the last', async () => {
    const site = fakeSite({
      [page(0)]: json(JSON.parse(fixtureText('sites/garmin-connect/garth__activitylist_search_limit3_start0.json'))),
    });
    const got = await adapter.listActivities(null, site.fetch);
    if (!got.ok) throw new Error(got.failure.kind);
    expect(got.value.next).toBeNull();
    expect(got.value.items.map((i) => [i.ref.url, i.start === null ? null : new Date(i.start).toISOString()])).toEqual(
      JSON.parse(fixtureText('sites/garmin-connect/garth__activitylist_search_limit3_start0.json')).map(
        (row: { activityId: number; startTimeGMT: string }) => [
          `https://connect.garmin.com/app/activity/${row.activityId}`,
          `${row.startTimeGMT.replace(' ', 'T')}.000Z`,
        ],
      ),
    );
  });
});
