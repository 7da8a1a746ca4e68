/**
 * The highest mean over any `windowS` consecutive seconds of a 1 Hz channel, in
 * O(n) with a running sum: the building block of the mean-maximal power curve and
 * of "best 20 minutes". Stopped seconds (NaN) count as zero for power (no power
 * while stopped) or break the window for heart rate and speed (`nan: 'break'`).
 */
export interface BestWindow {
  readonly value: number;
  /** Second (index) where the best window starts. */
  readonly startS: number;
}

export function bestWindowMean(values: Float32Array, windowS: number, nan: 'zero' | 'break'): BestWindow | null {
  const n = values.length;
  if (windowS < 1 || windowS > n) return null;
  let sum = 0;
  let gaps = 0;
  let best = -Infinity;
  let bestStart = -1;
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    if (Number.isNaN(v)) gaps++;
    else sum += v;
    if (k >= windowS) {
      const old = values[k - windowS]!;
      if (Number.isNaN(old)) gaps--;
      else sum -= old;
    }
    if (k < windowS - 1) continue;
    if (nan === 'break' && gaps > 0) continue;
    if (nan === 'zero' && gaps === windowS) continue;
    const m = sum / windowS;
    if (m > best) {
      best = m;
      bestStart = k - windowS + 1;
    }
  }
  return bestStart < 0 ? null : { value: best, startS: bestStart };
}
