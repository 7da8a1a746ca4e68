// A plan's duration, distance and load targets taken from its steps, so the
// week's compliance and the calendar read a structured workout like any plan.
import { isoDateToDay, MS_PER_DAY } from '../common/day';
import { thresholdsAt } from '../profile/thresholds-at';
import type { AthleteProfile } from '../profile/types';
import type { PlannedSession } from './types';
import { workoutTotals } from './workout-totals';

/** Noon UTC of the plan's day lies inside that day in every time zone from -12 to +12 h: its thresholds are the day's. */
export function planInstant(date: string): number {
  return isoDateToDay(date) * MS_PER_DAY + MS_PER_DAY / 2;
}

/** The plan with targets from its steps; a total the steps cannot tell (a distance without a pace) is left out. */
export function withStepTargets(plan: PlannedSession, profile: AthleteProfile): PlannedSession {
  if (!plan.steps || plan.steps.length === 0) return plan;
  const { targetDurationS: _d, targetDistanceM: _m, targetLoad: _l, ...rest } = plan;
  const totals = workoutTotals(plan.steps, plan.sport, thresholdsAt(profile, planInstant(plan.date), plan.sport));
  return {
    ...rest,
    ...(totals.durationS !== null && { targetDurationS: Math.round(totals.durationS) }),
    ...(totals.distanceM !== null && { targetDistanceM: Math.round(totals.distanceM) }),
    ...(totals.load !== null && { targetLoad: Math.round(totals.load) }),
  };
}
