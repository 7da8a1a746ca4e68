// Seven days ahead under the planned sessions: the model's daily step
// (form-target.ts) run on each day's planned load, marking the days whose load
// takes the next morning's form out of the athlete's band or the ramp rate over
// their limit.
import { dayToIsoDate } from '../common/day';
import { checkFormInputs, type FormGoal, type FormStart, stepFitness } from './form-target';
import { RAMP_DAYS } from './pmc';

/** How many days the projection covers, today first. */
export const PROJECTION_DAYS = 7;

export interface ProjectedDay {
  readonly day: number;
  readonly date: string;
  /** The load counted: planned, and today at least what is already done. */
  readonly load: number;
  readonly ctl: number;
  readonly atl: number;
  /** Form the next morning: this day's CTL - ATL. */
  readonly formNext: number;
  /** This day's CTL - the CTL RAMP_DAYS days before. */
  readonly ramp: number;
  /** Where the next morning's form falls against the band. */
  readonly form: 'below' | 'in' | 'above';
  readonly rampOver: boolean;
}

/**
 * Projects `plannedLoads` (one total per day from `today`, PROJECTION_DAYS of them). Today counts the larger of
 * what is done and what is planned: a session done today is usually the one planned.
 */
export function projectForm(
  start: FormStart,
  today: number,
  plannedLoads: readonly number[],
  goal: FormGoal,
): ProjectedDay[] {
  if (plannedLoads.length !== PROJECTION_DAYS)
    throw new RangeError(`a projection needs ${PROJECTION_DAYS} days of planned load, got ${plannedLoads.length}`);
  checkFormInputs(start, goal);
  const ctls = [...start.ctlBefore];
  let fitness = { ctl: start.ctl, atl: start.atl };
  return plannedLoads.map((planned, i) => {
    const load = i === 0 ? Math.max(planned, start.doneToday) : planned;
    fitness = stepFitness(fitness, load);
    const formNext = fitness.ctl - fitness.atl;
    const ramp = fitness.ctl - ctls[ctls.length - RAMP_DAYS]!;
    ctls.push(fitness.ctl);
    return {
      day: today + i,
      date: dayToIsoDate(today + i),
      load,
      ctl: fitness.ctl,
      atl: fitness.atl,
      formNext,
      ramp,
      form: formNext < goal.min ? 'below' : formNext > goal.max ? 'above' : 'in',
      rampOver: ramp > goal.rampLimit,
    };
  });
}
