import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import { copyWeekPlans } from './copy-week';
import type { PlannedSession } from './types';

const intervals: PlannedSession = {
  id: 'tue',
  date: '2024-06-04',
  sport: 'cycling',
  targetDurationS: 3600,
  title: '4 × 8 min',
  steps: [{ durationS: 480, target: { kind: 'power', low: 250, high: 270 }, label: 'hard' }],
};
const plans: PlannedSession[] = [
  { id: 'sun-before', date: '2024-06-02', sport: 'running', targetDurationS: 1800 },
  intervals,
  { id: 'sun', date: '2024-06-09', sport: 'running', targetDurationS: 5400, targetDistanceM: 18_000 },
  { id: 'mon-after', date: '2024-06-10', sport: 'swimming', targetDistanceM: 2000 },
];
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('copyWeekPlans', () => {
  it('copies the week’s plans to the same weekdays of the chosen week, under new ids, steps and all', () => {
    const copies = copyWeekPlans(plans, isoDateToDay('2024-06-03'), isoDateToDay('2024-06-24'), ids());
    expect(copies).toEqual([
      { ...intervals, id: 'new-1', date: '2024-06-25' },
      { id: 'new-2', date: '2024-06-30', sport: 'running', targetDurationS: 5400, targetDistanceM: 18_000 },
    ]);
    expect(copies[0]!.steps).toBe(intervals.steps);
  });

  it('copies backwards in time too', () => {
    const copies = copyWeekPlans(plans, isoDateToDay('2024-06-03'), isoDateToDay('2024-05-27'), ids());
    expect(copies.map((p) => p.date)).toEqual(['2024-05-28', '2024-06-02']);
  });

  it('names what is wrong with the weeks it is given', () => {
    expect(() => copyWeekPlans(plans, isoDateToDay('2024-06-04'), isoDateToDay('2024-06-10'), ids())).toThrow(
      'copyWeekPlans: fromMonday (2024-06-04) is not a Monday',
    );
    expect(() => copyWeekPlans(plans, isoDateToDay('2024-06-03'), isoDateToDay('2024-06-03'), ids())).toThrow(
      'copyWeekPlans: a week cannot be copied onto itself',
    );
  });
});
