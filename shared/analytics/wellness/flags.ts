import { baselineOn } from './baselines';
import type { Baseline, BaselineOptions } from './baselines';
import { CONCERN_DIRECTION, WELLNESS_METRICS } from './types';
import type { WellnessDay, WellnessMetric } from './types';

export interface WellnessFlag {
  readonly metric: WellnessMetric;
  readonly position: 'below' | 'above';
  /** 'concern' when it moved the worrying way (HRV down, resting HR up), else 'positive' or 'neutral' (weight). */
  readonly meaning: 'concern' | 'positive' | 'neutral';
  readonly baseline: Baseline;
}

/** Every metric whose recent average left its normal range on `onDay`. */
export function wellnessFlags(days: readonly WellnessDay[], onDay: number, options?: BaselineOptions): WellnessFlag[] {
  const out: WellnessFlag[] = [];
  for (const metric of WELLNESS_METRICS) {
    const baseline = baselineOn(days, metric, onDay, options);
    if (baseline.position === null || baseline.position === 'within') continue;
    const concern = CONCERN_DIRECTION[metric];
    const meaning = concern === null ? 'neutral' : concern === baseline.position ? 'concern' : 'positive';
    out.push({ metric, position: baseline.position, meaning, baseline });
  }
  return out;
}
