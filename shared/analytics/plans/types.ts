import type { Sport } from '../../model';

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

export interface PlannedSession {
  readonly id: string;
  /** 'YYYY-MM-DD', the athlete's local date. */
  readonly date: string;
  readonly sport: Sport;
  readonly targetDurationS?: number;
  readonly targetDistanceM?: number;
  readonly targetLoad?: number;
  readonly steps?: readonly PlanItem[];
  readonly title?: string;
}

/** The done side of matching: a session's day, sport and the numbers a plan targets. */
export interface DoneSession {
  readonly id: string;
  readonly day: number;
  readonly sport: Sport;
  readonly movingS: number;
  readonly distanceM: number | null;
  readonly load: number | null;
}
