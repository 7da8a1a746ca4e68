import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import { complianceColour, sessionCompliance } from './compliance';
import { matchPlans } from './match';
import type { DoneSession, PlannedSession } from './types';
import { weeklyCompliance } from './week-compliance';

const plan = (
  id: string,
  date: string,
  targetDurationS: number,
  sport: PlannedSession['sport'] = 'running',
): PlannedSession => ({ id, date, sport, targetDurationS });
const done = (id: string, date: string, movingS: number, sport: DoneSession['sport'] = 'running'): DoneSession => ({
  id,
  day: isoDateToDay(date),
  sport,
  movingS,
  distanceM: null,
  load: null,
});

describe('compliance colours (TrainingPeaks)', () => {
  it('is green within +-20 %, yellow at 50-79 % or 121-150 %, red beyond', () => {
    expect([0.8, 1, 1.2].map(complianceColour)).toEqual(['green', 'green', 'green']);
    expect([0.79, 0.5, 1.21, 1.5].map(complianceColour)).toEqual(['yellow', 'yellow', 'yellow', 'yellow']);
    expect([0.49, 1.51, 0].map(complianceColour)).toEqual(['red', 'red', 'red']);
  });

  it('is red when missed, and compares distance when no duration was planned', () => {
    expect(sessionCompliance(plan('p', '2024-06-03', 3600), null)).toMatchObject({ colour: 'red', doneId: null });
    const byDistance: PlannedSession = { id: 'd', date: '2024-06-03', sport: 'running', targetDistanceM: 10_000 };
    expect(sessionCompliance(byDistance, { ...done('x', '2024-06-03', 3000), distanceM: 7000 })).toMatchObject({
      colour: 'yellow',
      ratio: 0.7,
      measure: 'distance',
    });
  });
});

describe('matchPlans', () => {
  it('pairs one to one on the same day and compatible sport, closest first', () => {
    const plans = [
      plan('long', '2024-06-03', 5400),
      plan('easy', '2024-06-03', 1800),
      plan('ride', '2024-06-04', 3600, 'cycling'),
    ];
    const doneList = [
      done('a', '2024-06-03', 1700),
      done('b', '2024-06-03', 5000),
      done('c', '2024-06-04', 3600, 'running'),
      done('d', '2024-06-05', 600),
    ];
    const m = matchPlans(plans, doneList);
    expect(m.plans.map((p) => [p.plannedId, p.doneId, p.colour])).toEqual([
      ['long', 'b', 'green'],
      ['easy', 'a', 'green'],
      ['ride', null, 'red'], // a run does not satisfy a ride
    ]);
    expect(m.unplanned.map((u) => u.id)).toEqual(['c', 'd']);
  });

  it('counts done, partial, missed, upcoming and unplanned per ISO week', () => {
    const plans = [
      plan('mon', '2024-06-03', 3600),
      plan('tue', '2024-06-04', 3600),
      plan('wed', '2024-06-05', 3600),
      plan('sun', '2024-06-09', 3600),
    ];
    const doneList = [done('a', '2024-06-03', 3600), done('b', '2024-06-04', 1500), done('c', '2024-06-08', 2000)];
    expect(weeklyCompliance(plans, doneList, isoDateToDay('2024-06-09'))).toEqual([
      {
        week: '2024-06-03',
        done: 1,
        partial: 1,
        missed: 1,
        upcoming: 1,
        unplanned: 1,
        plannedIds: ['mon', 'tue', 'wed', 'sun'],
      },
    ]);
  });
});
