import { describe, expect, it } from 'vitest';
import { expectSameOrigin, fakeSite, json } from '../test-support/fake-site';
import { makeIntervalsIcuAdapter } from './adapter';
import { UNKNOWN_ATHLETE } from './fetch-activity';
import activities from './fixtures/activities.json';
import { readIntervalsAthleteId } from './page-athlete';

describe('intervals.icu listActivities', () => {
  const adapter = makeIntervalsIcuAdapter(
    () => Date.UTC(2024, 5, 10, 12),
    () => 'i123456',
  );

  it('takes year-long windows back from tomorrow, newest first, and stops at an empty one', async () => {
    const site = fakeSite({
      '/api/athlete/i123456/activities?oldest=2023-06-13&newest=2024-06-11': json(activities),
      '/api/athlete/i123456/activities?oldest=2022-06-13&newest=2023-06-12': json([]),
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

  it('falls back to /api/v1/ when /api/ does not answer, with the athlete id from the page, never 0', async () => {
    const site = fakeSite({ '/api/v1/athlete/i123456/activities?oldest=2023-06-13&newest=2024-06-11': json([]) });
    expect(await adapter.listActivities(null, site.fetch)).toEqual({ ok: true, value: { items: [], next: null } });
    expect(site.paths()).toEqual([
      '/api/athlete/i123456/activities?oldest=2023-06-13&newest=2024-06-11',
      '/api/v1/athlete/i123456/activities?oldest=2023-06-13&newest=2024-06-11',
    ]);
  });

  it('asks nothing when the page shows no athlete', async () => {
    const site = fakeSite({});
    const blind = makeIntervalsIcuAdapter(
      () => 0,
      () => null,
    );
    expect(await blind.listActivities(null, site.fetch)).toEqual({
      ok: false,
      failure: { kind: 'changed', what: UNKNOWN_ATHLETE },
    });
    expect(site.sent).toEqual([]);
  });
});

describe('readIntervalsAthleteId', () => {
  it("reads the athlete from the page's first link to their own pages", () => {
    document.body.innerHTML =
      '<a href="/activities">Activities</a><a href="/athlete/i123456/fitness">Fitness</a><a href="/athlete/i9/x">x</a>';
    expect(readIntervalsAthleteId(document)).toBe('i123456');
  });

  it('is null on a page without such a link', () => {
    document.body.innerHTML = '<a href="/athlete/settings">Settings</a>';
    expect(readIntervalsAthleteId(document)).toBeNull();
  });
});
