// What a structured workout adds up to: its planned duration, distance and
// load, on the athlete's thresholds of the planned day.
import type { Sport } from '../../model';
import type { Thresholds } from '../profile/types';
import { hrTss, powerTss, runningTss, swimTss, trimpAt, trimpSexFactor } from '../session/load-formulas';
import { flattenSteps } from './flatten-steps';
import { channelThreshold, rangeMid, stepRange, type StepRange } from './step-range';
import type { PlanItem, PlanStep } from '../../model';

export interface WorkoutTotals {
  /** Seconds, or null when a step's length cannot be known ahead (a distance without a pace, or "until lap"). */
  readonly durationS: number | null;
  /** Metres, or null when a step's distance depends on a speed the plan does not set. */
  readonly distanceM: number | null;
  /** TSS-scale load, or null when a step has no target or its threshold is not set. */
  readonly load: number | null;
}

/** Seconds and metres of one step: a pace target turns one into the other. */
export function stepLength(step: PlanStep, range: StepRange | null): { seconds: number | null; metres: number | null } {
  const speed = range?.channel === 'speed' ? rangeMid(range) : null;
  const seconds = step.durationS ?? (step.distanceM !== undefined && speed ? step.distanceM / speed : null);
  const metres = step.distanceM ?? (step.durationS !== undefined && speed ? step.durationS * speed : null);
  return { seconds, metres };
}

/**
 * A step's load as if the middle of its range were held throughout: power TSS,
 * hrTSS, running TSS or swim TSS by the target's channel (load-formulas.ts).
 */
function stepLoad(seconds: number, metres: number | null, range: StepRange, sport: Sport, t: Thresholds) {
  const threshold = channelThreshold(range.channel, t, sport);
  if (threshold === null) return null;
  const mid = rangeMid(range);
  if (range.channel === 'power') return powerTss(seconds, mid, threshold);
  if (range.channel === 'speed') {
    return sport === 'swimming' && metres !== null
      ? swimTss(metres, seconds, seconds, threshold)
      : runningTss(seconds, mid, threshold);
  }
  const rest = t.restHr?.value;
  const max = t.maxHr?.value;
  if (rest === undefined || max === undefined) return null;
  const k = trimpSexFactor(t.sex);
  return hrTss(trimpAt(seconds / 60, mid, rest, max, k), threshold, rest, max, k);
}

const sumOrNull = (values: readonly (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

export function workoutTotals(items: readonly PlanItem[], sport: Sport, t: Thresholds): WorkoutTotals {
  const steps = flattenSteps(items).map((step) => {
    const range = step.target ? stepRange(step.target, t) : null;
    const { seconds, metres } = stepLength(step, range);
    const load = range && seconds !== null ? stepLoad(seconds, metres, range, sport, t) : null;
    return { seconds, metres, load };
  });
  if (steps.length === 0) return { durationS: null, distanceM: null, load: null };
  return {
    durationS: sumOrNull(steps.map((s) => s.seconds)),
    distanceM: sumOrNull(steps.map((s) => s.metres)),
    load: sumOrNull(steps.map((s) => s.load)),
  };
}
