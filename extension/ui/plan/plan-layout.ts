// Which calendar the Plan view draws, kept in this browser like the unit
// choice, so the view opens the way the athlete left it.

export const PLAN_LAYOUTS = [
  { id: 'weeks', label: '3 weeks' },
  { id: 'month', label: 'Month' },
  { id: 'season', label: 'Season' },
] as const;
export type PlanLayout = (typeof PLAN_LAYOUTS)[number]['id'];

const KEY = 'sessionsai.plan-layout';

export function loadPlanLayout(storage: Pick<Storage, 'getItem'>): PlanLayout {
  const saved = storage.getItem(KEY);
  return PLAN_LAYOUTS.find((l) => l.id === saved)?.id ?? 'weeks';
}

export function savePlanLayout(storage: Pick<Storage, 'setItem'>, layout: PlanLayout): void {
  storage.setItem(KEY, layout);
}
