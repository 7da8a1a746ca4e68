// What load today keeps tomorrow's form (TSB) inside the band the athlete
// wants, without fitness (CTL) rising faster than their ramp limit. Today's load
// L moves today's CTL and ATL by the model's daily step (pmc.ts), and tomorrow's
// form is today's CTL - ATL, so tomorrow's form is a straight line in L:
//   TSB(L) = CTL_y(1 - k1) - ATL_y(1 - k2) - L(k2 - k1),  k1 = CTL_FACTOR, k2 = ATL_FACTOR,
// falling by k2 - k1 = 0.1096 per unit of load. Inverting it at the band's edges
// gives the range. Sources in docs/domain.md, "What load today keeps form in the band".
import { ATL_FACTOR, CTL_FACTOR, RAMP_DAYS } from './pmc';

/**
 * intervals.icu's form zones on its Fitness chart, each a choice of band: transition above +25, fresh +5 to +25,
 * grey zone -10 to +5, optimal -30 to -10, high risk below -30.
 */
export const FORM_ZONES = {
  transition: { label: 'Transition', min: 25, max: Infinity },
  fresh: { label: 'Fresh', min: 5, max: 25 },
  grey: { label: 'Grey zone', min: -10, max: 5 },
  optimal: { label: 'Optimal', min: -30, max: -10 },
  highRisk: { label: 'High risk', min: -Infinity, max: -30 },
} as const;
export type FormZone = keyof typeof FORM_ZONES;

/** intervals.icu's "optimal" zone, where training builds fitness. */
export const DEFAULT_FORM_ZONE: FormZone = 'optimal';

/** CTL gained per 7 days: Joe Friel ("The CTL Ramp Rate", 2015) finds 5-8 right for most athletes, 10 an upper limit. */
export const DEFAULT_RAMP_LIMIT = 8;

export interface FormGoal {
  /** Tomorrow's form (TSB) to stay within, inclusive; an open side is infinite. */
  readonly min: number;
  readonly max: number;
  /** Most CTL may rise over RAMP_DAYS days. */
  readonly rampLimit: number;
}

/** Where today starts from, read from the training log. */
export interface FormStart {
  /** Yesterday's fitness (CTL) and fatigue (ATL); 0 before any training. */
  readonly ctl: number;
  readonly atl: number;
  /** CTL of each of the RAMP_DAYS days before today, oldest first (0 before any training). */
  readonly ctlBefore: readonly number[];
  /** Load already done today. */
  readonly doneToday: number;
}

export interface Fitness {
  readonly ctl: number;
  readonly atl: number;
}

/** One day of the model: fitness and fatigue after a day of `load`. */
export function stepFitness({ ctl, atl }: Fitness, load: number): Fitness {
  return { ctl: ctl + (load - ctl) * CTL_FACTOR, atl: atl + (load - atl) * ATL_FACTOR };
}

/** What today can still take; loads are the further load today, beyond what is done. */
export type FormTargetAdvice =
  /** Any load from min to max keeps both; `byRamp` when the ramp limit, not the band, sets max. */
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly byRamp: boolean }
  /** Even no more load today leaves tomorrow's form below the band. */
  | { readonly kind: 'rest-below' }
  /** Reaching the band takes `needed` more load, past the ramp limit's `rampMax`: rest leaves form above the band. */
  | { readonly kind: 'rest-above'; readonly needed: number; readonly rampMax: number }
  /** What is done today already takes the ramp rate past the limit. */
  | { readonly kind: 'ramp-over' };

export interface FormTarget {
  readonly advice: FormTargetAdvice;
  /** Tomorrow's form and today's ramp rate with no more load today. */
  readonly restTsb: number;
  readonly restRamp: number;
}

/** Throws, naming the problem, on inputs no projection or target can be made from. */
export function checkFormInputs(start: FormStart, goal: FormGoal): void {
  if (start.ctlBefore.length !== RAMP_DAYS)
    throw new RangeError(
      `ctlBefore needs the CTL of the ${RAMP_DAYS} days before today, got ${start.ctlBefore.length}`,
    );
  if (!(goal.min < goal.max)) throw new RangeError(`form band ${goal.min} to ${goal.max} is empty`);
  if (!(goal.rampLimit > 0)) throw new RangeError(`ramp limit ${goal.rampLimit} is not a positive number`);
}

/** The further load today that keeps tomorrow's form in the band and the ramp rate within its limit. */
export function formTarget(start: FormStart, goal: FormGoal): FormTarget {
  checkFormInputs(start, goal);
  const done = start.doneToday;
  const rest = stepFitness(start, done);
  const restTsb = rest.ctl - rest.atl;
  const restRamp = rest.ctl - start.ctlBefore[0]!;
  const result = (advice: FormTargetAdvice): FormTarget => ({ advice, restTsb, restRamp });
  const perLoad = ATL_FACTOR - CTL_FACTOR; // form lost tomorrow per unit of load today
  // Extra load bringing tomorrow's form down to the band's top (none needed when already below it) and its bottom.
  const bandMin = Math.max(0, (restTsb - goal.max) / perLoad);
  const bandMax = (restTsb - goal.min) / perLoad;
  // Extra load that lifts today's CTL by exactly what the ramp limit has left.
  const rampMax = (goal.rampLimit - restRamp) / CTL_FACTOR;
  if (restRamp > goal.rampLimit) return result({ kind: 'ramp-over' });
  if (bandMax < 0) return result({ kind: 'rest-below' });
  if (rampMax < bandMin) return result({ kind: 'rest-above', needed: bandMin, rampMax });
  return result({ kind: 'range', min: bandMin, max: Math.min(bandMax, rampMax), byRamp: rampMax < bandMax });
}

/** The band in words, numbers written by `show`: "between -30 and -10", "above 25", "below -30". */
export function bandWords(goal: FormGoal, show: (n: number) => string): string {
  if (goal.max === Infinity) return `above ${show(goal.min)}`;
  if (goal.min === -Infinity) return `below ${show(goal.max)}`;
  return `between ${show(goal.min)} and ${show(goal.max)}`;
}

/** A range of load as shown: whole units, inward, so every load inside it keeps the band. */
export function roundedRange(min: number, max: number): { readonly min: number; readonly max: number } {
  return { min: Math.ceil(min), max: Math.floor(max) };
}
