// Charts draw at most a few hundred columns, while a long ride has tens of
// thousands of samples: each column keeps its lowest and highest sample, so
// peaks survive (the "min-max" decimation of uPlot and Chart.js). For display
// only; every number shown elsewhere is computed from all samples.

/** x, y pairs to draw, in order; a NaN y marks a gap (no samples in that column). */
export interface Decimated {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * Up to 2 points per column over [x0, x1]. `xs` must be ascending. Columns
 * with no valid sample produce one NaN point, so the line breaks there.
 */
export function minMaxDecimate(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x0: number,
  x1: number,
  columns: number,
): Decimated {
  const outX = new Float64Array(columns * 2);
  const outY = new Float64Array(columns * 2);
  const width = (x1 - x0) / columns || 1;
  let n = 0;
  let i = 0;
  for (let c = 0; c < columns; c++) {
    const end = c === columns - 1 ? Infinity : x0 + (c + 1) * width;
    let minI = -1;
    let maxI = -1;
    for (; i < xs.length && xs[i]! < end; i++) {
      const y = ys[i]!;
      if (Number.isNaN(y)) continue;
      if (minI < 0 || y < ys[minI]!) minI = i;
      if (maxI < 0 || y > ys[maxI]!) maxI = i;
    }
    if (minI < 0) {
      outX[n] = x0 + (c + 0.5) * width;
      outY[n++] = NaN;
      continue;
    }
    const [a, b] = minI <= maxI ? [minI, maxI] : [maxI, minI];
    outX[n] = xs[a]!;
    outY[n++] = ys[a]!;
    if (b !== a) {
      outX[n] = xs[b]!;
      outY[n++] = ys[b]!;
    }
  }
  return { x: outX.slice(0, n), y: outY.slice(0, n) };
}

/** Index of the last sample at or before x (binary search; xs ascending), or -1. */
export function sampleAt(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0 || xs[0]! > x) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
