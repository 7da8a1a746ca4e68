// Small descriptive statistics over plain numbers; NaN entries are skipped.

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? NaN : sum / n;
}

/** Population standard deviation (divides by n), as Foster's monotony uses. */
export function standardDeviation(values: ArrayLike<number>): number {
  const m = mean(values);
  let sq = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    sq += (v - m) * (v - m);
    n++;
  }
  return n === 0 ? NaN : Math.sqrt(sq / n);
}

/** Nearest-rank percentile (p in 0..100) of the non-NaN values; NaN when there are none. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Pearson correlation of paired values (pairs with a NaN are dropped); NaN below 3 pairs or with no spread. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): { r: number; n: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  const cov = sxy - (sx * sy) / n;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  if (n < 3 || vx <= 0 || vy <= 0) return { r: NaN, n };
  return { r: cov / Math.sqrt(vx * vy), n };
}
