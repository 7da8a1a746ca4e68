import type { Sport } from '../../model';

/** One step of a structured workout: "10 min at 200-220 W". */
export interface PlanStep {
  readonly durationS?: number;
  readonly distanceM?: number;
  readonly target?: { readonly kind: 'power' | 'hr' | 'pace'; readonly low: number; readonly high: number };
  readonly label?: string;
}

export interface PlannedSession {
  readonly id: string;
  /** 'YYYY-MM-DD', the athlete's local date. */
  readonly date: string;
  readonly sport: Sport;
  readonly targetDurationS?: number;
  readonly targetDistanceM?: number;
  readonly targetLoad?: number;
  readonly steps?: readonly PlanStep[];
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
