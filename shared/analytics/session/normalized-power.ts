/**
 * Normalized Power (Coggan; Allen & Coggan, "Training and Racing with a Power
 * Meter"): the 30-second rolling average of power, raised to the 4th power,
 * averaged, and the 4th root taken. Computed on the 1 Hz grid so irregular
 * recording does not change it. Rolling averages are taken only once a full 30 s
 * window exists. Stopped seconds (NaN) drain the window as zeros but are not
 * themselves averaged in, as Sauce's calcNP does with its break padding
 * (sauce4strava src/common/power.js). Null when under 30 s of power.
 */
export const NP_WINDOW_S = 30;

export function normalizedPower(power1Hz: Float32Array): number | null {
  let sum = 0;
  let total = 0;
  let count = 0;
  for (let k = 0; k < power1Hz.length; k++) {
    const v = power1Hz[k]!;
    sum += Number.isNaN(v) ? 0 : v;
    if (k >= NP_WINDOW_S) {
      const old = power1Hz[k - NP_WINDOW_S]!;
      sum -= Number.isNaN(old) ? 0 : old;
    }
    if (k < NP_WINDOW_S - 1 || Number.isNaN(v)) continue;
    const avg = sum / NP_WINDOW_S;
    total += avg * avg * avg * avg;
    count++;
  }
  return count === 0 ? null : (total / count) ** 0.25;
}
