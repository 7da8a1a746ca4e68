import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import type { PlannedSession } from '../plans/types';
import { formOutlook } from './form-outlook';
import { DEFAULT_RAMP_LIMIT, FORM_ZONES } from './form-target';
import { TrainingLog } from './training-log';

const today = isoDateToDay('2026-06-10');
const ride = (id: string, day: number, load: number) => ({
  id,
  day,
  load,
  sport: 'cycling' as const,
  movingS: 3600,
  distanceM: null,
});
const plan = (id: string, date: string, targetLoad?: number): PlannedSession => ({
  id,
  date,
  sport: 'cycling',
  ...(targetLoad === undefined ? {} : { targetLoad }),
});
const goal = { ...FORM_ZONES.optimal, rampLimit: DEFAULT_RAMP_LIMIT };

describe('formOutlook', () => {
  it("starts from yesterday's fitness, the week of CTL before today and what is done today", () => {
    // One 100 ride yesterday: CTL 100 x 0.0235283 = 2.35283, ATL 100 x 0.1331221 = 13.31221; 30 done today.
    const log = TrainingLog.fromEntries([ride('y', today - 1, 100), ride('t', today, 30)], { endDay: today });
    const { start } = formOutlook(log, today, [], goal);
    expect(start.ctl).toBeCloseTo(2.35283, 5);
    expect(start.atl).toBeCloseTo(13.31221, 5);
    expect(start.ctlBefore.map((c) => +c.toFixed(5))).toEqual([0, 0, 0, 0, 0, 0, 2.35283]);
    expect(start.doneToday).toBe(30);
  });

  it("sums each projected day's planned loads and counts the plans without one", () => {
    const log = TrainingLog.fromEntries([ride('y', today - 1, 100)], { endDay: today });
    const plans = [
      plan('a', '2026-06-11', 50),
      plan('b', '2026-06-11', 40),
      plan('c', '2026-06-12'),
      plan('d', '2026-06-17', 500), // the eighth day: beyond the projection
      plan('e', '2026-06-09', 80), // yesterday
    ];
    const outlook = formOutlook(log, today, plans, goal);
    expect(outlook.projection.map((d) => d.load)).toEqual([0, 90, 0, 0, 0, 0, 0]);
    expect(outlook.plansWithoutLoad).toBe(1);
  });

  it('starts from zero with no training before today', () => {
    const { start } = formOutlook(TrainingLog.fromEntries([]), today, [], goal);
    expect(start).toEqual({ ctl: 0, atl: 0, ctlBefore: [0, 0, 0, 0, 0, 0, 0], doneToday: 0 });
  });
});
