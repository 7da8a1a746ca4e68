// Average and maximum of one channel over a range of samples.
//
// Averages are time-weighted over moving time: sample i stands for the
// interval from sample i-1 to i (devices log the value at the end of the
// second it describes) and weighs that interval's duration when the interval
// is moving (moving.ts), so smart recording does not over-weight busy
// stretches and stops do not dilute the average. Zeros count (a coasting
// cyclist's 0 W and 0 rpm are real). When no moving interval carries a value,
// the plain mean of the samples is used. Maxima take every sample in range.

export interface ChannelStats {
  readonly avg: number;
  readonly max: number;
}

/** Stats over samples `first`..`last` (inclusive), or null when none has a value. */
export function channelStats(
  values: Float32Array,
  time: Float64Array,
  moving: Uint8Array,
  first: number,
  last: number,
): ChannelStats | null {
  let max = -Infinity;
  let count = 0;
  let sum = 0;
  let weighted = 0;
  let weight = 0;
  for (let i = first; i <= last; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    if (v > max) max = v;
    count++;
    sum += v;
    if (i > first && moving[i] === 1) {
      const dt = time[i]! - time[i - 1]!;
      weighted += v * dt;
      weight += dt;
    }
  }
  if (count === 0) return null;
  return { avg: weight > 0 ? weighted / weight : sum / count, max };
}
