// Maximum speed from cumulative distance, for files without a speed channel.
// Speed between two consecutive GPS fixes is noisy (a 2 m position error at
// 1 Hz is a 2 m/s speed error), so the maximum is taken over spans of at least
// MAX_SPEED_WINDOW_S, which averages the error down while a sustained top
// speed survives.
export const MAX_SPEED_WINDOW_S = 5;

/** Highest average speed over any span of at least MAX_SPEED_WINDOW_S between `first` and `last`; null when none. */
export function maxSpeedFromDistance(
  time: Float64Array,
  distance: Float64Array,
  first: number,
  last: number,
): number | null {
  let best = -Infinity;
  let lo = first;
  for (let hi = first + 1; hi <= last; hi++) {
    // Narrowest span ending at hi that is still at least the window long.
    while (lo + 1 < hi && time[hi]! - time[lo + 1]! >= MAX_SPEED_WINDOW_S) lo++;
    const dt = time[hi]! - time[lo]!;
    if (dt < MAX_SPEED_WINDOW_S) continue;
    const v = (distance[hi]! - distance[lo]!) / dt;
    if (v > best) best = v;
  }
  return best === -Infinity ? null : best;
}
