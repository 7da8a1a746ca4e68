/**
 * Resamples an irregular channel onto a 1 Hz grid starting at time[0], so rolling
 * windows (30 s for NP, 20 min for thresholds) are windows of seconds, not of
 * samples. Between two samples at most `maxGapS` apart the value is interpolated
 * linearly; a longer gap is a stop (timer paused, sensor lost) and its seconds
 * are NaN, which callers skip. Sauce for Strava treats gaps the same way
 * (sauce4strava src/common/lib.js RollingAverage.add: pads short gaps, breaks long ones).
 */
export const DEFAULT_MAX_GAP_S = 10;

export function resample1Hz(
  time: Float64Array,
  values: Float32Array | Float64Array,
  maxGapS: number = DEFAULT_MAX_GAP_S,
): Float32Array {
  const n = time.length;
  if (n === 0) return new Float32Array(0);
  const t0 = time[0]!;
  const out = new Float32Array(Math.floor(time[n - 1]! - t0) + 1).fill(NaN);
  let i = 0;
  for (let k = 0; k < out.length; k++) {
    const t = t0 + k;
    while (i + 1 < n && time[i + 1]! <= t) i++;
    const ti = time[i]!;
    if (t === ti || i + 1 >= n) {
      out[k] = t === ti ? values[i]! : NaN;
      continue;
    }
    const tj = time[i + 1]!;
    if (tj - ti > maxGapS) continue;
    const f = (t - ti) / (tj - ti);
    out[k] = values[i]! + (values[i + 1]! - values[i]!) * f;
  }
  return out;
}

/** The part of a stream between two offsets (seconds from start, end exclusive), for multisport legs. */
export function sliceByTime(time: Float64Array, fromS: number, toS: number): { from: number; to: number } {
  let from = 0;
  while (from < time.length && time[from]! < fromS) from++;
  let to = from;
  while (to < time.length && time[to]! < toS) to++;
  return { from, to };
}
