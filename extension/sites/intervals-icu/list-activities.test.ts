import { describe, expect, it } from 'vitest';
import { expectSameOrigin, fakeSite, json } from '../test-support/fake-site';
import { makeIntervalsIcuAdapter } from './adapter';
import activities from './fixtures/activities.json';

describe('intervals.icu listActivities', () => {
  const adapter = makeIntervalsIcuAdapter(() => Date.UTC(2024, 5, 10, 12));

  it('takes year-long windows back from tomorrow, newest first, and stops at an empty one', async () => {
    const site = fakeSite({
      '/api/v1/athlete/0/activities?oldest=2023-06-13&newest=2024-06-11': json(activities),
      '/api/v1/athlete/0/activities?oldest=2022-06-13&newest=2023-06-12': json([]),
    });
    const first = await adapter.listActivities(null, site.fetch);
    expect(first.ok && first.value.items.map((i) => [i.ref.activityId, i.start, i.title])).toEqual([
      ['12345678901', Date.UTC(2024, 5, 3, 6), 'Col de la Croix de Fer'],
      ['i34567891', Date.UTC(2024, 5, 2, 16), 'Recovery spin'],
      ['i34567890', Date.UTC(2024, 5, 1, 6), 'Sweet spot 3x15'],
    ]);
    expect(first.ok && first.value.next).toBe('2023-06-12');
    const second = await adapter.listActivities('2023-06-12', site.fetch);
    expect(second).toEqual({ ok: true, value: { items: [], next: null } });
    expectSameOrigin(site);
  });
});
