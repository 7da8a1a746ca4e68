/**
 * Grade-adjusted speed from Minetti's energy cost of running on slopes
 * (Minetti et al. 2002, J Appl Physiol 93:1039, "Energy cost of walking and
 * running at extreme uphill and downhill slopes"):
 *   C(i) = 155.4 i^5 - 30.4 i^4 - 43.3 i^3 + 46.3 i^2 + 19.5 i + 3.6  J/(kg m),
 * measured for grades i from -0.45 to +0.45. A metre at grade i costs C(i)/C(0)
 * flat metres, so the flat-equivalent speed is speed x C(i) / C(0).
 */
export const MINETTI_MAX_GRADE = 0.45;
const FLAT_COST = 3.6;
/** Grade is taken over +-5 s, and only across at least 10 m, so GPS and barometer noise do not read as cliffs. */
const GRADE_HALF_WINDOW_S = 5;
const GRADE_MIN_RUN_M = 10;

export function minettiCost(grade: number): number {
  const i = Math.max(-MINETTI_MAX_GRADE, Math.min(MINETTI_MAX_GRADE, grade));
  return 155.4 * i ** 5 - 30.4 * i ** 4 - 43.3 * i ** 3 + 46.3 * i ** 2 + 19.5 * i + FLAT_COST;
}

/** Flat-equivalent speed for each second, from 1 Hz speed, distance and altitude. */
export function gradeAdjustedSpeed(speed: Float32Array, distance: Float32Array, altitude: Float32Array): Float32Array {
  const n = speed.length;
  const out = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const a = Math.max(0, k - GRADE_HALF_WINDOW_S);
    const b = Math.min(n - 1, k + GRADE_HALF_WINDOW_S);
    const run = distance[b]! - distance[a]!;
    const rise = altitude[b]! - altitude[a]!;
    const grade = run >= GRADE_MIN_RUN_M && !Number.isNaN(rise) ? rise / run : 0;
    out[k] = (speed[k]! * minettiCost(grade)) / FLAT_COST;
  }
  return out;
}
