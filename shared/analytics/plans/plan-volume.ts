import { SPORTS, type Sport } from '../../model';
import { dayToIsoDate, isoDateToDay, weekStartDay } from '../common/day';
import type { LoadEntry } from '../days/training-log';
import { type PeriodVolume, type SportVolume, volumeByPeriod } from '../days/volume';
import type { DoneSession, PlannedSession } from './types';

/** What was planned and what was done, side by side; a target or value that is not known adds nothing. */
export interface PlannedAndDone {
  /** The plans' targets: `movingS` is the target duration. */
  readonly planned: SportVolume;
  /** Moving time, distance and scored load of the sessions done. */
  readonly done: SportVolume;
}

export interface SportPlanVolume extends PlannedAndDone {
  readonly sport: Sport;
}

export interface WeekPlanVolume extends PlannedAndDone {
  /** Monday of the ISO week, 'YYYY-MM-DD'. */
  readonly week: string;
  /** The sports planned or done that week, in the model's sport order. */
  readonly sports: readonly SportPlanVolume[];
}

export interface PlanVolume extends PlannedAndDone {
  /** Every ISO week touching the period, oldest first, empty ones included. */
  readonly weeks: readonly WeekPlanVolume[];
  /** Each sport's totals over the period, in the model's sport order. */
  readonly sports: readonly SportPlanVolume[];
}

const NONE: SportVolume = { sessions: 0, movingS: 0, distanceM: 0, load: 0 };

const plus = (a: SportVolume, b: SportVolume): SportVolume => ({
  sessions: a.sessions + b.sessions,
  movingS: a.movingS + b.movingS,
  distanceM: a.distanceM + b.distanceM,
  load: a.load + b.load,
});

/** The sports either side has, each with both sides. */
function sideBySide(
  planned: PeriodVolume['bySport'] | undefined,
  done: PeriodVolume['bySport'] | undefined,
): SportPlanVolume[] {
  return SPORTS.filter((s) => planned?.[s] !== undefined || done?.[s] !== undefined).map((sport) => ({
    sport,
    planned: planned?.[sport] ?? NONE,
    done: done?.[sport] ?? NONE,
  }));
}

/**
 * Planned against done volume per ISO week and sport, over the days `firstDay` to `lastDay` (day numbers,
 * inclusive), with the period's totals. Days outside are left out, so a month's first and last weeks count
 * only that month's days.
 */
export function planVolume(
  plans: readonly PlannedSession[],
  done: readonly DoneSession[],
  firstDay: number,
  lastDay: number,
): PlanVolume {
  if (!(lastDay >= firstDay))
    throw new Error(`planVolume: the last day (${lastDay}) is before the first (${firstDay})`);
  const inPeriod = (e: LoadEntry) => e.day >= firstDay && e.day <= lastDay;
  const plannedEntries = plans
    .map((p) => ({
      id: p.id,
      day: isoDateToDay(p.date),
      sport: p.sport,
      movingS: p.targetDurationS ?? 0,
      distanceM: p.targetDistanceM ?? null,
      load: p.targetLoad ?? 0,
    }))
    .filter(inPeriod);
  const doneEntries = done.map((d) => ({ ...d, load: d.load ?? 0 })).filter(inPeriod);
  const byWeek = (entries: LoadEntry[]) => new Map(volumeByPeriod(entries, 'week').map((w) => [w.period, w]));
  const plannedWeeks = byWeek(plannedEntries);
  const doneWeeks = byWeek(doneEntries);

  const weeks: WeekPlanVolume[] = [];
  for (let monday = weekStartDay(firstDay); monday <= lastDay; monday += 7) {
    const week = dayToIsoDate(monday);
    const planned = plannedWeeks.get(week);
    const doneWeek = doneWeeks.get(week);
    weeks.push({
      week,
      sports: sideBySide(planned?.bySport, doneWeek?.bySport),
      planned: planned?.total ?? NONE,
      done: doneWeek?.total ?? NONE,
    });
  }
  const sports = SPORTS.flatMap((sport) => {
    const rows = weeks.flatMap((w) => w.sports.filter((s) => s.sport === sport));
    if (rows.length === 0) return [];
    return [
      {
        sport,
        planned: rows.reduce((sum, r) => plus(sum, r.planned), NONE),
        done: rows.reduce((sum, r) => plus(sum, r.done), NONE),
      },
    ];
  });
  return {
    weeks,
    sports,
    planned: weeks.reduce((sum, w) => plus(sum, w.planned), NONE),
    done: weeks.reduce((sum, w) => plus(sum, w.done), NONE),
  };
}
