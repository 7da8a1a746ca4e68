// The plan form's text turned into a plan row, or a message saying which
// field is wrong and how to write it; and a stored plan back into that text.
import { isoDateToDay, type PlannedSession } from '../../../shared/analytics';
import type { Sport } from '../../../shared/model';
import type { UnitSystem } from '../units/format';
import { METERS_PER_MILE } from '../units/imperial';
import { formatHoursMinutes, parseHoursMinutes } from '../common/hours-minutes';

export interface PlanFields {
  readonly date: string;
  readonly sport: Sport;
  /** "h:mm", e.g. "1:30". */
  readonly duration: string;
  /** In km or mi, by the athlete's units; empty when not targeted. */
  readonly distance: string;
  readonly load: string;
  readonly title: string;
}

export type PlanInput = Omit<PlannedSession, 'id'>;

/** A positive number typed in the locale-neutral form an <input type="number"> gives; null when empty. */
function optionalPositive(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : 'invalid';
}

export function toPlanInput(fields: PlanFields, units: UnitSystem): { plan: PlanInput } | { error: string } {
  if (Number.isNaN(isoDateToDay(fields.date))) return { error: 'Choose a date for the session.' };
  const targetDurationS = parseHoursMinutes(fields.duration);
  if (targetDurationS === null) return { error: 'Write the target duration as hours:minutes, for example 1:30.' };
  const distance = optionalPositive(fields.distance);
  if (distance === 'invalid') return { error: 'The distance must be a number above zero, or left empty.' };
  const load = optionalPositive(fields.load);
  if (load === 'invalid') return { error: 'The load must be a number above zero, or left empty.' };
  const title = fields.title.trim();
  return {
    plan: {
      date: fields.date,
      sport: fields.sport,
      targetDurationS,
      ...(distance !== null && {
        targetDistanceM: units === 'imperial' ? distance * METERS_PER_MILE : distance * 1000,
      }),
      ...(load !== null && { targetLoad: load }),
      ...(title !== '' && { title }),
    },
  };
}

/** A stored plan as the form shows it: duration h:mm, distance in the athlete's units, empty where not targeted. */
export function toPlanFields(plan: PlannedSession, units: UnitSystem): PlanFields {
  const distance = plan.targetDistanceM
    ? String(Math.round((plan.targetDistanceM / (units === 'imperial' ? METERS_PER_MILE : 1000)) * 100) / 100)
    : '';
  return {
    date: plan.date,
    sport: plan.sport,
    duration: plan.targetDurationS ? formatHoursMinutes(plan.targetDurationS) : '',
    distance,
    load: plan.targetLoad ? String(plan.targetLoad) : '',
    title: plan.title ?? '',
  };
}

/**
 * The plan as edited: the form's fields replace its own (a target emptied is removed), what the form does not
 * show (such as `steps`) is kept, and so is a distance left as shown (the form rounds it to 0.01 km or mi).
 */
export function editPlan<T extends PlannedSession>(
  plan: T,
  fields: PlanFields,
  units: UnitSystem,
): { plan: T } | { error: string } {
  const result = toPlanInput(fields, units);
  if ('error' in result) return result;
  const { targetDurationS, targetDistanceM, targetLoad, title, ...rest } = plan;
  const distanceKept = targetDistanceM !== undefined && fields.distance === toPlanFields(plan, units).distance;
  return { plan: { ...rest, ...result.plan, ...(distanceKept && { targetDistanceM }) } as T };
}
