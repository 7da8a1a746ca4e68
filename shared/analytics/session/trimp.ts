import { trimpAt } from './load-formulas';

/**
 * Banister TRIMP summed second by second over a 1 Hz heart-rate channel: each
 * second with a reading adds trimpAt(1/60 min, hr). Integrating sample by sample
 * rather than from the average HR is how Elevate computes it
 * (ActivityComputer heart-rate data: durationInMinutes x HRR x 0.64 x e^(k x HRR)
 * per pair of samples); it scores hard intervals higher than the average would.
 */
export function trimpFromSamples(hr1Hz: Float32Array, restHr: number, maxHr: number, k: number): number {
  let total = 0;
  for (let s = 0; s < hr1Hz.length; s++) {
    const hr = hr1Hz[s]!;
    if (!Number.isNaN(hr)) total += trimpAt(1 / 60, hr, restHr, maxHr, k);
  }
  return total;
}
