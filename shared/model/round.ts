// Rounding for display and stable comparison, the one rule every layer uses.

/** The value rounded to `decimals` places (half away from zero for positives, as Math.round). */
export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
