// The calendar the Plan view draws: weeks of seven days, each day with its
// planned sessions (and how each was met) and its done sessions.
import {
  isoDateToDay,
  matchPlans,
  weeklyCompliance,
  type ComplianceColour,
  type DoneSession,
  type WeekCompliance,
} from '../../../shared/analytics';
import type { PlanRow } from '../../db';
import type { PlanWeeksData } from './plan-weeks-query';

/** A plan's state in words, so colour is never the only carrier (docs/ui.md, "Charts"). */
export type PlanStatus = 'done' | 'partial' | 'missed' | 'upcoming';

export interface PlannedEntry {
  readonly plan: PlanRow;
  readonly status: PlanStatus;
  /** TrainingPeaks' compliance colour; null while the plan is still to come. */
  readonly colour: ComplianceColour | null;
}

export interface DoneEntry {
  readonly session: DoneSession;
  readonly title: string | null;
  /** True when no plan claimed this session. */
  readonly unplanned: boolean;
}

export interface CalendarDay {
  readonly day: number;
  readonly planned: readonly PlannedEntry[];
  readonly done: readonly DoneEntry[];
}

export interface CalendarWeek {
  /** Day number of the week's Monday. */
  readonly monday: number;
  readonly days: readonly CalendarDay[];
  /** The week's counts; null when nothing was planned or done. */
  readonly counts: WeekCompliance | null;
}

/** `weekCount` ISO weeks from the Monday `firstMonday`; `today` (a day number) tells missed plans from ones still to come. */
export function buildCalendar(
  firstMonday: number,
  weekCount: number,
  data: PlanWeeksData,
  today: number,
): CalendarWeek[] {
  const match = matchPlans(data.plans, data.done);
  const compliance = new Map(match.plans.map((c) => [c.plannedId, c]));
  const unplanned = new Set(match.unplanned.map((d) => d.id));
  const counts = new Map(weeklyCompliance(data.plans, data.done, today).map((w) => [isoDateToDay(w.week), w]));

  const days = new Map<number, { planned: PlannedEntry[]; done: DoneEntry[] }>();
  for (let day = firstMonday; day < firstMonday + weekCount * 7; day++) days.set(day, { planned: [], done: [] });
  for (const plan of data.plans) {
    const day = isoDateToDay(plan.date);
    const c = compliance.get(plan.id);
    if (!c) continue;
    const status: PlanStatus =
      c.doneId !== null ? (c.colour === 'green' ? 'done' : 'partial') : day >= today ? 'upcoming' : 'missed';
    days.get(day)?.planned.push({ plan, status, colour: status === 'upcoming' ? null : c.colour });
  }
  for (const session of data.done) {
    days
      .get(session.day)
      ?.done.push({ session, title: data.titles.get(session.id) ?? null, unplanned: unplanned.has(session.id) });
  }

  return Array.from({ length: weekCount }, (_, w) => {
    const monday = firstMonday + w * 7;
    return {
      monday,
      days: Array.from({ length: 7 }, (_, d) => ({ day: monday + d, ...days.get(monday + d)! })),
      counts: counts.get(monday) ?? null,
    };
  });
}
