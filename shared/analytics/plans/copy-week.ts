import { dayToIsoDate, isoDateToDay, weekStartDay } from '../common/day';
import type { PlannedSession } from './types';

/**
 * The plans of the ISO week starting `fromMonday`, dated the same weekdays of the week starting `toMonday`,
 * each under a new id from `newId`. Every other field (structured `steps` included) is kept as it is.
 */
export function copyWeekPlans<T extends PlannedSession>(
  plans: readonly T[],
  fromMonday: number,
  toMonday: number,
  newId: () => string,
): T[] {
  for (const [name, day] of [
    ['fromMonday', fromMonday],
    ['toMonday', toMonday],
  ] as const) {
    if (weekStartDay(day) !== day) throw new Error(`copyWeekPlans: ${name} (${dayToIsoDate(day)}) is not a Monday`);
  }
  if (fromMonday === toMonday) throw new Error('copyWeekPlans: a week cannot be copied onto itself');
  return plans
    .filter((plan) => weekStartDay(isoDateToDay(plan.date)) === fromMonday)
    .map((plan) => ({ ...plan, id: newId(), date: dayToIsoDate(isoDateToDay(plan.date) - fromMonday + toMonday) }));
}
