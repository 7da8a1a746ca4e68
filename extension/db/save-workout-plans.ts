// Workouts read from files (FIT workout files) become planned sessions on the
// day the import gives them, with targets from their steps. Runs inside the
// import's transaction, so the plans are saved with the sessions or not at all.
import { withStepTargets } from '../../shared/analytics';
import type { ImportedWorkout, ImportIssue } from '../../shared/model';
import type { Database } from './database';
import { isLive } from './live';
import { athleteProfile, liveThresholds } from './read-profile';
import type { PlanRow } from './records';
import { putRows } from './write-rows';

/** One plan per workout file: the same file imported again finds its plan rather than planning it twice. */
export const workoutPlanId = (w: ImportedWorkout) => `workout-${w.contentHash.slice(0, 16)}`;

export async function putWorkoutPlans(
  db: Database,
  workouts: readonly ImportedWorkout[],
  date: string,
  now: number,
): Promise<{ readonly plannedIds: string[]; readonly issues: ImportIssue[] }> {
  const profile = athleteProfile(await liveThresholds(db));
  const plannedIds: string[] = [];
  const issues: ImportIssue[] = [];
  for (const w of workouts) {
    const id = workoutPlanId(w);
    const stored = await db.plans.get(id);
    const name = w.title ?? 'the workout';
    if (isLive(stored)) {
      const message = `${w.file}: “${name}” is already planned on ${stored.date}: skipped, not planned twice`;
      issues.push({ file: w.file, code: 'duplicate', message });
      continue;
    }
    const plan = withStepTargets(
      { id, date, sport: w.sport, steps: w.steps, ...(w.title !== null && { title: w.title }) },
      profile,
    );
    await putRows(db, 'plans', [{ ...plan, updatedAt: now, deletedAt: null } satisfies PlanRow], 'sync');
    plannedIds.push(id);
  }
  return { plannedIds, issues };
}
