import type { DoneSession, PlannedSession } from './types';

/**
 * TrainingPeaks' compliance colours: green when the done value is within +-20 %
 * of the plan, yellow at 50-79 % or 121-150 %, red otherwise or when missed
 * (TrainingPeaks Help, "Workout compliance colours"; docs/domain.md).
 */
export type ComplianceColour = 'green' | 'yellow' | 'red';

export function complianceColour(ratio: number): ComplianceColour {
  if (ratio >= 0.8 && ratio <= 1.2) return 'green';
  if ((ratio >= 0.5 && ratio < 0.8) || (ratio > 1.2 && ratio <= 1.5)) return 'yellow';
  return 'red';
}

export interface SessionCompliance {
  readonly plannedId: string;
  readonly doneId: string | null;
  readonly colour: ComplianceColour;
  /** Done / planned for the measure used; null when missed or nothing was targeted. */
  readonly ratio: number | null;
  /** Which target the ratio compares: TrainingPeaks prefers duration, then distance, then load. */
  readonly measure: 'duration' | 'distance' | 'load' | null;
}

/** How well one done session (or none: missed) met its plan. */
export function sessionCompliance(plan: PlannedSession, done: DoneSession | null): SessionCompliance {
  const base = { plannedId: plan.id, doneId: done?.id ?? null };
  if (!done) return { ...base, colour: 'red', ratio: null, measure: null };
  const target = measureOf(plan, done);
  if (!target) return { ...base, colour: 'green', ratio: null, measure: null };
  const ratio = target.done / target.planned;
  return { ...base, colour: complianceColour(ratio), ratio, measure: target.measure };
}

function measureOf(
  plan: PlannedSession,
  done: DoneSession,
): { measure: SessionCompliance['measure']; planned: number; done: number } | null {
  if (plan.targetDurationS) return { measure: 'duration', planned: plan.targetDurationS, done: done.movingS };
  if (plan.targetDistanceM && done.distanceM !== null)
    return { measure: 'distance', planned: plan.targetDistanceM, done: done.distanceM };
  if (plan.targetLoad && done.load !== null) return { measure: 'load', planned: plan.targetLoad, done: done.load };
  return null;
}

/** Ratio of done to planned for the measure a plan targets (used to pick the closest match). */
export function planRatio(plan: PlannedSession, done: DoneSession): number | null {
  const target = measureOf(plan, done);
  return target ? target.done / target.planned : null;
}
