import { describe, expect, it } from 'vitest';
import { dayToIsoDate } from '../common/day';
import { TrainingLog } from '../days/training-log';
import { baselineOn } from './baselines';
import { wellnessFlags } from './flags';
import { loadCorrelation } from './load-correlation';
import type { WellnessDay } from './types';

const D0 = 19_000;

describe('wellness baselines', () => {
  // 60 days of HRV alternating 60 and 70 ms (mean 65, SD 5), then the last 7 days at 50 ms.
  const days: WellnessDay[] = Array.from({ length: 60 }, (_, i) => ({
    date: dayToIsoDate(D0 + i),
    hrvRmssd: i >= 53 ? 50 : i % 2 === 0 ? 60 : 70,
    restingHr: 50,
  }));

  it('compares the 7-day average with the 60-day mean +- 1 SD', () => {
    // 53 readings: 27 x 60 and 26 x 70... plus 7 x 50: mean = (27x60 + 26x70 + 7x50) / 60 = 63.1667.
    const b = baselineOn(days, 'hrvRmssd', D0 + 59);
    expect(b.recent).toBe(50);
    expect(b.n).toBe(60);
    expect(b.normalMean).toBeCloseTo((27 * 60 + 26 * 70 + 7 * 50) / 60, 9);
    expect(b.position).toBe('below');
  });

  it('flags falling HRV as a concern and leaves steady resting HR alone', () => {
    const flags = wellnessFlags(days, D0 + 59);
    expect(flags.map((f) => [f.metric, f.position, f.meaning])).toEqual([['hrvRmssd', 'below', 'concern']]);
  });

  it("correlates a metric with the previous day's load", () => {
    // Soreness the day after = load / 50 exactly: r = 1 over the 9 pairs.
    const loads = [0, 100, 50, 150, 0, 200, 100, 50, 0, 150];
    const log = TrainingLog.fromEntries(
      loads.map((load, i) => ({
        id: `s${i}`,
        day: D0 + i,
        load,
        sport: 'running' as const,
        movingS: 0,
        distanceM: null,
      })),
    );
    const soreness = loads.slice(0, -1).map((load, i) => ({ date: dayToIsoDate(D0 + i + 1), soreness: load / 50 }));
    const c = loadCorrelation(soreness, log, 'soreness', 1);
    expect(c.n).toBe(9);
    expect(c.r).toBeCloseTo(1, 12);
  });
});
