import type { PlanItem, Sport } from '../../model';

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
