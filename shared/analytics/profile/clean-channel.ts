// Heart rate, power and speed cleaned of what no body produces (effort-bounds.ts)
// before any best effort is taken from them: out-of-bounds samples and spikes
// become NaN (a gap), never a value.
import {
  HR_MAX_BPM,
  HR_MIN_BPM,
  HR_OUT_OF_BOUNDS_MAX_FRACTION,
  HR_SPIKE_BPM,
  HR_SPIKE_WINDOW_S,
} from './effort-bounds';

/** Samples above `max` (or below `min`) become NaN. */
export function withinBounds(values: Float32Array, min: number, max: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    out[k] = v < min || v > max ? NaN : v;
  }
  return out;
}

/** Share of recorded (non-NaN) samples outside [min, max]; 0 when nothing was recorded. */
export function outOfBoundsFraction(values: Float32Array, min: number, max: number): number {
  let recorded = 0;
  let out = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    recorded++;
    if (v < min || v > max) out++;
  }
  return recorded === 0 ? 0 : out / recorded;
}

/** The median of the first `n` values of `sorted`, which are in ascending order. */
function medianOfSorted(sorted: Float64Array, n: number): number {
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Samples further than `limit` from the median of the `windowS` seconds centred on them become NaN. */
export function withoutSpikes(values: Float32Array, limit: number, windowS: number): Float32Array {
  const half = windowS >> 1;
  const out = new Float32Array(values.length);
  // One small buffer, insertion-sorted per sample: a sorted copy of every window cost a second an hour of samples.
  const around = new Float64Array(2 * half + 1);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (Number.isNaN(v)) {
      out[k] = NaN;
      continue;
    }
    let n = 0;
    for (let j = Math.max(0, k - half); j <= Math.min(values.length - 1, k + half); j++) {
      const w = values[j]!;
      if (Number.isNaN(w)) continue;
      let at = n++;
      for (; at > 0 && around[at - 1]! > w; at--) around[at] = around[at - 1]!;
      around[at] = w;
    }
    out[k] = Math.abs(v - medianOfSorted(around, n)) > limit ? NaN : v;
  }
  return out;
}

/**
 * A session's heart rate as a best effort may read it: null when the strap was
 * faulty (more than 5 % of samples outside 30-220 bpm), else with out-of-bounds
 * samples and spikes removed.
 */
export function cleanHeartRate(hr: Float32Array): Float32Array | null {
  if (outOfBoundsFraction(hr, HR_MIN_BPM, HR_MAX_BPM) > HR_OUT_OF_BOUNDS_MAX_FRACTION) return null;
  return withoutSpikes(withinBounds(hr, HR_MIN_BPM, HR_MAX_BPM), HR_SPIKE_BPM, HR_SPIKE_WINDOW_S);
}
