// Smoothing for drawing only (issue 16: "a smoothing choice for noisy
// channels, applied to charts only"): each sample becomes the mean of the
// samples in the `windowS` seconds ending at it, so 1 Hz pace and cadence
// noise draws as a line, not a band. Analytics always read the raw samples.
import type { Streams } from '../../../shared/model';

export type Smoothing = 0 | 5 | 30;
export const SMOOTHING_CHOICES: readonly Smoothing[] = [0, 5, 30];

/** Trailing mean over `windowS` seconds of time; NaN samples are skipped, a window with none stays NaN. */
export function trailingMean(time: Float64Array, values: Float32Array, windowS: number): Float32Array {
  const out = new Float32Array(values.length);
  let from = 0;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
    while (time[from]! <= time[i]! - windowS) {
      const old = values[from]!;
      if (!Number.isNaN(old)) {
        sum -= old;
        n--;
      }
      from++;
    }
    out[i] = n === 0 ? NaN : sum / n;
  }
  return out;
}

/** The noisy channels (HR, power, speed, cadence) smoothed; elevation and positions as they are. */
export function smoothStreams(streams: Streams, windowS: Smoothing): Streams {
  if (windowS === 0) return streams;
  const s = (c: Float32Array | undefined) => (c === undefined ? undefined : trailingMean(streams.time, c, windowS));
  const out: { -readonly [K in keyof Streams]: Streams[K] } = { ...streams };
  for (const key of ['heartRate', 'power', 'speed', 'cadence'] as const) {
    const smoothed = s(streams[key]);
    if (smoothed) out[key] = smoothed;
  }
  return out;
}
