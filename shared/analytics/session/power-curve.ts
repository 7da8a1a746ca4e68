import { bestWindowMean } from './best-window';

/**
 * Durations of the mean-maximal power curve, the set GoldenCheetah and Sauce show
 * (1 s to 5 h). Computing each is O(n), so the whole curve is O(n x d) with d = 18.
 */
export const POWER_CURVE_DURATIONS_S: readonly number[] = [
  1, 5, 10, 15, 30, 60, 120, 180, 300, 480, 600, 1200, 1800, 2700, 3600, 5400, 7200, 18000,
];

export interface CurvePoint {
  readonly durationS: number;
  readonly watts: number;
  readonly startS: number;
}

/** Best average power for each duration the ride is long enough for. */
export function meanMaximalPower(
  power1Hz: Float32Array,
  durations: readonly number[] = POWER_CURVE_DURATIONS_S,
): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const d of durations) {
    const best = bestWindowMean(power1Hz, d, 'zero');
    if (best) out.push({ durationS: d, watts: best.value, startS: best.startS });
  }
  return out;
}
