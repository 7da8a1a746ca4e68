import { isoDateToDay } from '../common/day';
import { mean, standardDeviation } from '../common/stats';
import type { WellnessDay, WellnessMetric } from './types';

/**
 * A personal baseline: the last 7 days' average against the 60-day normal range,
 * mean +- 1 SD (Plews et al. 2012-2013 judge HRV by its 7-day rolling average;
 * HRV4Training shows it against a 60-day normal range). The same frame is used
 * for every wellness metric.
 */
export interface Baseline {
  readonly metric: WellnessMetric;
  /** Mean of the readings in the short window; NaN without any. */
  readonly recent: number;
  readonly normalMean: number;
  readonly normalSd: number;
  readonly low: number;
  readonly high: number;
  /** Readings in the long window. */
  readonly n: number;
  /** Where the recent average sits; null with too few readings (under 14 in the normal range). */
  readonly position: 'below' | 'within' | 'above' | null;
}

export interface BaselineOptions {
  readonly shortDays?: number;
  readonly longDays?: number;
  readonly sdWidth?: number;
  readonly minReadings?: number;
}

/** Readings of one metric by day number. */
export function metricByDay(days: readonly WellnessDay[], metric: WellnessMetric): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of days) {
    const v = d[metric];
    if (typeof v === 'number' && Number.isFinite(v)) out.set(isoDateToDay(d.date), v);
  }
  return out;
}

export function baselineOn(
  days: readonly WellnessDay[],
  metric: WellnessMetric,
  onDay: number,
  options: BaselineOptions = {},
): Baseline {
  const shortDays = options.shortDays ?? 7;
  const longDays = options.longDays ?? 60;
  const width = options.sdWidth ?? 1;
  const minReadings = options.minReadings ?? 14;
  const byDay = metricByDay(days, metric);
  const window = (n: number) => {
    const values: number[] = [];
    for (let d = onDay - n + 1; d <= onDay; d++) {
      const v = byDay.get(d);
      if (v !== undefined) values.push(v);
    }
    return values;
  };
  const recent = mean(window(shortDays));
  const long = window(longDays);
  const m = mean(long);
  const sd = standardDeviation(long);
  const low = m - width * sd;
  const high = m + width * sd;
  const position =
    long.length < minReadings || Number.isNaN(recent)
      ? null
      : recent < low
        ? 'below'
        : recent > high
          ? 'above'
          : 'within';
  return { metric, recent, normalMean: m, normalSd: sd, low, high, n: long.length, position };
}
