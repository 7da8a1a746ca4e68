// A structured workout: steps with a length and a target, and repeats of
// steps. Plans keep them (shared/analytics/plans), FIT workout files carry them
// (importer/fit), devices run them.
import type { Sport } from './sport';

/** What a step is for; devices show it and the preview colours by it. */
export type StepIntensity = 'warmup' | 'work' | 'recovery' | 'cooldown';

/**
 * What to hold during a step. Ranges are low..high in SI units: W, bpm, m/s
 * (pace as a speed, so low is the slower end); `ftp` and `threshold-hr` are
 * fractions (1.05 = 105 %); zones count from 1 in the athlete's zones of the day
 * (Coggan power zones, heart rate as % of threshold HR; profile/zones.ts).
 */
export type StepTarget =
  | { readonly kind: 'ftp' | 'power' | 'hr' | 'threshold-hr' | 'pace'; readonly low: number; readonly high: number }
  | { readonly kind: 'power-zone' | 'hr-zone'; readonly zone: number };

/**
 * One step of a structured workout: "10 min at 200-220 W". It lasts `durationS`
 * or `distanceM`; with neither it lasts until the athlete presses lap.
 */
export interface PlanStep {
  readonly durationS?: number;
  readonly distanceM?: number;
  readonly target?: StepTarget;
  readonly intensity?: StepIntensity;
  readonly label?: string;
}

/** `steps` done `times` times over: "3 x (5 min hard, 3 min easy)". */
export interface PlanRepeat {
  readonly times: number;
  readonly steps: readonly PlanStep[];
}

export type PlanItem = PlanStep | PlanRepeat;

export const isRepeat = (item: PlanItem): item is PlanRepeat => 'times' in item;

/** A workout read from a file (a FIT workout), before the athlete gives it a day. */
export interface ImportedWorkout {
  /** The file's name as the athlete knows it, with its path inside any archive. */
  readonly file: string;
  readonly contentHash: string;
  readonly title: string | null;
  readonly sport: Sport;
  readonly steps: readonly PlanItem[];
}
