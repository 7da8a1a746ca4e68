import type { Sport } from '../../model';
import { dayToIsoDate, monthKey, weekStartDay } from '../common/day';
import type { LoadEntry } from './training-log';

export interface SportVolume {
  readonly sessions: number;
  readonly movingS: number;
  readonly distanceM: number;
  readonly load: number;
}

export interface PeriodVolume {
  /** 'YYYY-MM-DD' of the week's Monday (ISO weeks), or 'YYYY-MM'. */
  readonly period: string;
  readonly total: SportVolume;
  readonly bySport: Readonly<Partial<Record<Sport, SportVolume>>>;
}

/** Sessions, time, distance and load per ISO week (Monday first) or calendar month, by sport, oldest first. */
export function volumeByPeriod(entries: Iterable<LoadEntry>, period: 'week' | 'month'): PeriodVolume[] {
  const buckets = new Map<string, { total: SportVolume; bySport: Partial<Record<Sport, SportVolume>> }>();
  for (const e of entries) {
    const key = period === 'week' ? dayToIsoDate(weekStartDay(e.day)) : monthKey(e.day);
    let b = buckets.get(key);
    if (!b) {
      b = { total: EMPTY, bySport: {} };
      buckets.set(key, b);
    }
    b.total = add(b.total, e);
    b.bySport[e.sport] = add(b.bySport[e.sport] ?? EMPTY, e);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, b]) => ({ period: key, total: b.total, bySport: b.bySport }));
}

const EMPTY: SportVolume = { sessions: 0, movingS: 0, distanceM: 0, load: 0 };

function add(v: SportVolume, e: LoadEntry): SportVolume {
  return {
    sessions: v.sessions + 1,
    movingS: v.movingS + e.movingS,
    distanceM: v.distanceM + (e.distanceM ?? 0),
    load: v.load + e.load,
  };
}
