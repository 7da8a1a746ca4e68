import { pearson } from '../common/stats';
import type { TrainingLog } from '../days/training-log';
import { metricByDay } from './baselines';
import type { WellnessDay, WellnessMetric } from './types';

export interface LoadCorrelation {
  readonly metric: WellnessMetric;
  /** The metric on day d is paired with the load of day d - lagDays. */
  readonly lagDays: number;
  /** Pearson r; NaN with under 3 pairs or no spread. */
  readonly r: number;
  readonly n: number;
}

/** How a wellness metric moves with the training load of `lagDays` before (1: yesterday's load, today's reading). */
export function loadCorrelation(
  days: readonly WellnessDay[],
  log: TrainingLog,
  metric: WellnessMetric,
  lagDays = 1,
): LoadCorrelation {
  const loads: number[] = [];
  const values: number[] = [];
  for (const [day, value] of metricByDay(days, metric)) {
    const row = log.row(day - lagDays);
    if (!row) continue;
    loads.push(row.load);
    values.push(value);
  }
  const { r, n } = pearson(loads, values);
  return { metric, lagDays, r, n };
}
