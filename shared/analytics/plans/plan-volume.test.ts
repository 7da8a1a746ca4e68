import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import { planVolume } from './plan-volume';
import type { DoneSession, PlannedSession } from './types';

const plans: PlannedSession[] = [
  { id: 'p1', date: '2024-05-29', sport: 'running', targetDurationS: 3600, targetDistanceM: 10_000 },
  { id: 'p2', date: '2024-06-03', sport: 'running', targetDurationS: 2700, targetLoad: 40 },
  { id: 'p3', date: '2024-06-05', sport: 'cycling', targetDurationS: 5400, targetDistanceM: 45_000, targetLoad: 90 },
  { id: 'p4', date: '2024-06-12', sport: 'swimming', targetDistanceM: 2500 },
  // Outside the period: not counted.
  { id: 'p5', date: '2024-06-17', sport: 'running', targetDurationS: 1800 },
];
const done: DoneSession[] = [
  { id: 'd1', day: isoDateToDay('2024-06-03'), sport: 'running', movingS: 3000, distanceM: 9000, load: 45.5 },
  { id: 'd2', day: isoDateToDay('2024-06-06'), sport: 'cycling', movingS: 6000, distanceM: 50_000, load: null },
  { id: 'd3', day: isoDateToDay('2024-06-12'), sport: 'swimming', movingS: 2400, distanceM: null, load: 30 },
  { id: 'd4', day: isoDateToDay('2024-05-26'), sport: 'running', movingS: 600, distanceM: 2000, load: 5 },
];
const v = (sessions: number, movingS: number, distanceM: number, load: number) => ({
  sessions,
  movingS,
  distanceM,
  load,
});
const NONE = v(0, 0, 0, 0);

describe('planVolume', () => {
  it('puts planned targets beside done time, distance and load, per ISO week and sport', () => {
    // 27 May (a Monday) to 16 June: three weeks; the run on 26 May and the plan on 17 June fall outside.
    const volume = planVolume(plans, done, isoDateToDay('2024-05-27'), isoDateToDay('2024-06-16'));
    expect(volume.weeks).toEqual([
      {
        week: '2024-05-27',
        sports: [{ sport: 'running', planned: v(1, 3600, 10_000, 0), done: NONE }],
        planned: v(1, 3600, 10_000, 0),
        done: NONE,
      },
      {
        week: '2024-06-03',
        sports: [
          { sport: 'running', planned: v(1, 2700, 0, 40), done: v(1, 3000, 9000, 45.5) },
          { sport: 'cycling', planned: v(1, 5400, 45_000, 90), done: v(1, 6000, 50_000, 0) },
        ],
        planned: v(2, 8100, 45_000, 130),
        done: v(2, 9000, 59_000, 45.5),
      },
      {
        week: '2024-06-10',
        sports: [{ sport: 'swimming', planned: v(1, 0, 2500, 0), done: v(1, 2400, 0, 30) }],
        planned: v(1, 0, 2500, 0),
        done: v(1, 2400, 0, 30),
      },
    ]);
    expect(volume.sports).toEqual([
      { sport: 'running', planned: v(2, 6300, 10_000, 40), done: v(1, 3000, 9000, 45.5) },
      { sport: 'cycling', planned: v(1, 5400, 45_000, 90), done: v(1, 6000, 50_000, 0) },
      { sport: 'swimming', planned: v(1, 0, 2500, 0), done: v(1, 2400, 0, 30) },
    ]);
    expect(volume.planned).toEqual(v(4, 11_700, 57_500, 130));
    expect(volume.done).toEqual(v(3, 11_400, 59_000, 75.5));
  });

  it('counts only the days of a period that starts and ends mid-week, and lists empty weeks', () => {
    // 1 to 11 June 2024 (a month's first days): the weeks of 27 May, 3 June and 10 June.
    const volume = planVolume(plans, done, isoDateToDay('2024-06-01'), isoDateToDay('2024-06-11'));
    expect(volume.weeks.map((w) => [w.week, w.planned.sessions, w.done.sessions])).toEqual([
      ['2024-05-27', 0, 0],
      ['2024-06-03', 2, 2],
      ['2024-06-10', 0, 0],
    ]);
    expect(volume.weeks[0]!.sports).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => planVolume(plans, done, 10, 9)).toThrow('planVolume: the last day (9) is before the first (10)');
  });
});
