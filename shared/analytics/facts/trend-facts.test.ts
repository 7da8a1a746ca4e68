import { describe, expect, it } from 'vitest';
import { trendFacts } from './trend-facts';
import type { SessionRecord } from './types';

/** One ride a week, on each week's Monday (day 7k), with the given loads, oldest first. */
function weeks(loads: readonly number[]): SessionRecord[] {
  return loads.map((value, k) => ({
    id: `w${k}`,
    day: 7 * k,
    sport: 'cycling',
    movingS: 3600,
    distanceM: null,
    avgHr: null,
    avgSpeed: null,
    avgPowerW: null,
    load: { value, method: 'session-rpe', basis: 'RPE 5 x 60 min', estimated: false },
  }));
}

const labels = (loads: readonly number[]) =>
  trendFacts({ fromDay: 7 * (loads.length - 1), toDay: 7 * (loads.length - 1) + 6, sessions: weeks(loads) }).map(
    (f) => f.label,
  );

describe('where a week sits in the training story', () => {
  it('counts the weeks of a build: each at least 5% up on the one before', () => {
    expect(labels([300, 200, 300, 330, 360])).toEqual([
      'Load 360 this week vs 330, 300, 200 in the 3 weeks before, latest first',
      'Third week of a build: load up at least 5% on the week before in each of the last 3 weeks',
    ]);
  });

  it('calls a week at least 20% lighter than the last a lighter week, and a flat one neither', () => {
    expect(labels([300, 330, 360, 250])[1]).toBe('A lighter week: load 31% below the week before');
    expect(labels([300, 330, 360, 350])).toHaveLength(1);
  });

  it('says nothing of a trend without earlier training', () => {
    expect(labels([0, 0, 0, 360])).toEqual([]);
  });
});
