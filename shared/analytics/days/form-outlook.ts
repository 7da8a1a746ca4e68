// Today's form target and the week ahead, read from the training log and the
// plans: what Today shows and what the AI is told, from one computation.
import { dayToIsoDate } from '../common/day';
import type { PlannedSession } from '../plans/types';
import { PROJECTION_DAYS, type ProjectedDay, projectForm } from './form-projection';
import { type FormGoal, type FormStart, type FormTarget, formTarget } from './form-target';
import { RAMP_DAYS } from './pmc';
import type { TrainingLog } from './training-log';

export interface FormOutlook {
  readonly goal: FormGoal;
  readonly start: FormStart;
  readonly target: FormTarget;
  readonly projection: readonly ProjectedDay[];
  /** Planned sessions in the projected days with no target load: counted as 0. */
  readonly plansWithoutLoad: number;
}

/** Today's starting point: yesterday's fitness and fatigue and the week of CTL before today (0 before the log). */
export function formStartOf(log: TrainingLog, today: number): FormStart {
  const yesterday = log.row(today - 1);
  return {
    ctl: yesterday?.ctl ?? 0,
    atl: yesterday?.atl ?? 0,
    ctlBefore: Array.from({ length: RAMP_DAYS }, (_, i) => log.row(today - RAMP_DAYS + i)?.ctl ?? 0),
    doneToday: log.row(today)?.load ?? 0,
  };
}

export function formOutlook(
  log: TrainingLog,
  today: number,
  plans: readonly PlannedSession[],
  goal: FormGoal,
): FormOutlook {
  const start = formStartOf(log, today);
  const dates = Array.from({ length: PROJECTION_DAYS }, (_, i) => dayToIsoDate(today + i));
  const ahead = plans.filter((p) => dates.includes(p.date));
  const planned = dates.map((date) => ahead.reduce((sum, p) => sum + (p.date === date ? (p.targetLoad ?? 0) : 0), 0));
  return {
    goal,
    start,
    target: formTarget(start, goal),
    projection: projectForm(start, today, planned, goal),
    plansWithoutLoad: ahead.filter((p) => p.targetLoad === undefined).length,
  };
}
