// The structured-workout form's draft as the plan it would save: the chosen
// plan's other fields kept, its date, sport, title and steps replaced, and its
// targets taken from the steps on the thresholds of its day.
import { type AthleteProfile, type PlannedSession, withStepTargets } from '../../../shared/analytics';
import type { PlanItem, Sport } from '../../../shared/model';
import type { PlanRow } from '../../db';

export interface WorkoutDraft {
  readonly date: string;
  readonly sport: Sport;
  readonly title: string;
  readonly steps: readonly PlanItem[];
}

export function draftPlan(
  draft: WorkoutDraft,
  id: string,
  stored: PlanRow | undefined,
  profile: AthleteProfile,
): PlannedSession {
  const { updatedAt: _u, deletedAt: _d, title: _t, ...kept }: Partial<PlanRow> = stored ?? {};
  const title = draft.title.trim();
  return withStepTargets(
    { ...kept, id, date: draft.date, sport: draft.sport, steps: draft.steps, ...(title !== '' && { title }) },
    profile,
  );
}
