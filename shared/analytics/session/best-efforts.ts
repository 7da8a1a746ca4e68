/**
 * Fastest time over each standard distance, from the raw (irregular) time and
 * cumulative distance columns. Distance is linear between samples, so the
 * fastest window has a sample at one of its ends: one two-pointer pass fixes the
 * end on a sample and interpolates the start, another fixes the start and
 * interpolates the end. O(n) per distance.
 */
export const BEST_EFFORT_DISTANCES_M: readonly number[] = [400, 1000, 1609.344, 5000, 10_000, 21_097.5, 42_195];

export const BEST_EFFORT_NAMES: Readonly<Record<number, string>> = {
  400: '400 m',
  1000: '1 km',
  1609.344: '1 mile',
  5000: '5 km',
  10000: '10 km',
  21097.5: 'Half marathon',
  42195: 'Marathon',
};

export interface DistanceEffort {
  readonly distanceM: number;
  readonly seconds: number;
  /** Seconds from the session start where the effort begins. */
  readonly startS: number;
}

export function bestEffortsByDistance(
  time: Float64Array,
  distance: Float64Array | Float32Array,
  distances: readonly number[] = BEST_EFFORT_DISTANCES_M,
): DistanceEffort[] {
  const out: DistanceEffort[] = [];
  for (const d of distances) {
    const e = fastest(time, distance, d);
    if (e) out.push(e);
  }
  return out;
}

/** Time at which the (piecewise linear) distance reaches `target`, searching from sample `i` where distance[i] <= target. */
function timeAt(time: Float64Array, distance: ArrayLike<number>, i: number, target: number): number {
  const d0 = distance[i]!;
  const d1 = distance[i + 1]!;
  if (d1 === d0) return time[i]!;
  return time[i]! + ((target - d0) / (d1 - d0)) * (time[i + 1]! - time[i]!);
}

function fastest(time: Float64Array, distance: ArrayLike<number>, d: number): DistanceEffort | null {
  const n = time.length;
  let best: DistanceEffort | null = null;
  const consider = (start: number, end: number) => {
    if (best === null || end - start < best.seconds)
      best = { distanceM: d, seconds: end - start, startS: start - time[0]! };
  };
  // End on sample j, start interpolated: the last i with distance[i] <= distance[j] - d.
  let i = 0;
  for (let j = 1; j < n; j++) {
    const target = distance[j]! - d;
    if (Number.isNaN(target) || target < distance[0]!) continue;
    while (i + 1 < j && distance[i + 1]! <= target) i++;
    consider(timeAt(time, distance, i, target), time[j]!);
  }
  // Start on sample i, end interpolated: the first j with distance[j] >= distance[i] + d.
  let j = 0;
  for (let s = 0; s < n; s++) {
    const target = distance[s]! + d;
    if (Number.isNaN(target)) continue;
    if (j < s) j = s;
    while (j < n && distance[j]! < target) j++;
    if (j >= n) break;
    consider(time[s]!, timeAt(time, distance, j - 1, target));
  }
  return best;
}

/** Greatest distance covered in each duration (seconds), from 1 Hz cumulative distance. */
export function bestDistanceInTime(
  distance1Hz: Float32Array,
  durations: readonly number[],
): { durationS: number; distanceM: number }[] {
  const out: { durationS: number; distanceM: number }[] = [];
  for (const w of durations) {
    let best = -Infinity;
    for (let k = w; k < distance1Hz.length; k++) {
      const covered = distance1Hz[k]! - distance1Hz[k - w]!;
      if (covered > best) best = covered;
    }
    if (best > -Infinity) out.push({ durationS: w, distanceM: best });
  }
  return out;
}
