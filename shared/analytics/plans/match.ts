import { sportFamily } from '../../model';
import { isoDateToDay } from '../common/day';
import { planRatio, sessionCompliance } from './compliance';
import type { SessionCompliance } from './compliance';
import type { DoneSession, PlannedSession } from './types';

export interface PlanMatch {
  readonly plans: readonly SessionCompliance[];
  /** Done sessions no plan claimed. */
  readonly unplanned: readonly DoneSession[];
}

/**
 * Pairs planned and done sessions one to one: same local day, compatible sport
 * (same family, as model/sport.ts's sportFamily groups them; 'other' matches
 * anything). When several could pair, the closest to its target pairs first.
 */
export function matchPlans(plans: readonly PlannedSession[], done: readonly DoneSession[]): PlanMatch {
  const candidates: { plan: PlannedSession; done: DoneSession; distance: number }[] = [];
  for (const plan of plans) {
    const day = isoDateToDay(plan.date);
    for (const d of done) {
      if (d.day !== day || !compatible(plan, d)) continue;
      const ratio = planRatio(plan, d);
      candidates.push({ plan, done: d, distance: ratio === null ? 1 : Math.abs(Math.log(ratio)) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || (a.plan.id < b.plan.id ? -1 : 1));
  const paired = new Map<string, DoneSession>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (paired.has(c.plan.id) || used.has(c.done.id)) continue;
    paired.set(c.plan.id, c.done);
    used.add(c.done.id);
  }
  return {
    plans: plans.map((p) => sessionCompliance(p, paired.get(p.id) ?? null)),
    unplanned: done.filter((d) => !used.has(d.id)),
  };
}

function compatible(plan: PlannedSession, done: DoneSession): boolean {
  return plan.sport === 'other' || done.sport === 'other' || sportFamily(plan.sport) === sportFamily(done.sport);
}
