// Facts about the daily fitness, fatigue and form over a range of days (the
// chat's get_fitness tool); a day's load is tied to the sessions that made it.
import { round } from '../../model';
import type { TrainingLog } from '../days/training-log';
import type { Fact } from './types';

function entriesByDay(log: TrainingLog): Map<number, string[]> {
  const byDay = new Map<number, string[]>();
  for (const e of log.allEntries()) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e.id]);
  return byDay;
}

/**
 * Fitness (CTL), fatigue (ATL), form (TSB) and load of each day `fromDay` to `toDay` the log holds. A day's load
 * names its sessions: `byDay` when given (a log of daily totals holds no sessions), else the log's own.
 */
export function fitnessFacts(
  log: TrainingLog,
  fromDay: number,
  toDay: number,
  byDay: ReadonlyMap<number, readonly string[]> = entriesByDay(log),
): Fact[] {
  return log.rows(fromDay, toDay).flatMap((r): Fact[] => [
    {
      id: `fitness.${r.date}.ctl`,
      value: round(r.ctl, 1),
      unit: 'load/day',
      label: `Fitness (CTL) on ${r.date} ${round(r.ctl, 1)}`,
      sessionIds: [],
    },
    {
      id: `fitness.${r.date}.atl`,
      value: round(r.atl, 1),
      unit: 'load/day',
      label: `Fatigue (ATL) on ${r.date} ${round(r.atl, 1)}`,
      sessionIds: [],
    },
    {
      id: `fitness.${r.date}.tsb`,
      value: round(r.tsb, 1),
      unit: 'load/day',
      label: `Form (TSB) on ${r.date} ${round(r.tsb, 1)}`,
      sessionIds: [],
    },
    {
      id: `fitness.${r.date}.load`,
      value: round(r.load, 0),
      unit: 'load',
      label: `Load on ${r.date} ${round(r.load, 0)}`,
      sessionIds: byDay.get(r.day) ?? [],
    },
  ]);
}
