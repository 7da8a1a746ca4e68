import { dayToIsoDate, isoDateToDay, weekStartDay } from '../common/day';
import { matchPlans } from './match';
import type { DoneSession, PlannedSession } from './types';

export interface WeekCompliance {
  /** Monday of the ISO week, 'YYYY-MM-DD'. */
  readonly week: string;
  /** Planned sessions done within +-20 % (green). */
  readonly done: number;
  /** Planned sessions done but off target (yellow or red). */
  readonly partial: number;
  /** Planned sessions on past days with nothing done. */
  readonly missed: number;
  /** Planned sessions from today on: not yet due. */
  readonly upcoming: number;
  /** Done sessions that no plan claimed. */
  readonly unplanned: number;
  readonly plannedIds: readonly string[];
}

/** Plan compliance week by week (oldest first); `today` (a day number) keeps future plans from counting as missed. */
export function weeklyCompliance(
  plans: readonly PlannedSession[],
  done: readonly DoneSession[],
  today: number,
): WeekCompliance[] {
  const match = matchPlans(plans, done);
  const weeks = new Map<
    number,
    { done: number; partial: number; missed: number; upcoming: number; unplanned: number; plannedIds: string[] }
  >();
  const week = (day: number) => {
    const w = weekStartDay(day);
    let row = weeks.get(w);
    if (!row) {
      row = { done: 0, partial: 0, missed: 0, upcoming: 0, unplanned: 0, plannedIds: [] };
      weeks.set(w, row);
    }
    return row;
  };
  const planDay = new Map(plans.map((p) => [p.id, isoDateToDay(p.date)]));
  for (const c of match.plans) {
    const day = planDay.get(c.plannedId)!;
    const row = week(day);
    row.plannedIds.push(c.plannedId);
    if (c.doneId !== null) {
      if (c.colour === 'green') row.done++;
      else row.partial++;
    } else if (day >= today) row.upcoming++;
    else row.missed++;
  }
  for (const d of match.unplanned) week(d.day).unplanned++;
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([w, row]) => ({ week: dayToIsoDate(w), ...row }));
}
