import { describe, expect, it } from 'vitest';
import { minMaxDecimate, sampleAt } from './downsample';

describe('minMaxDecimate', () => {
  it('keeps a one-second spike in an hour drawn in 300 columns', () => {
    const n = 3600;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = new Float64Array(n).fill(200);
    ys[1234] = 1100;
    const d = minMaxDecimate(xs, ys, 0, n, 300);
    expect(d.x.length).toBeLessThanOrEqual(600);
    expect(Math.max(...d.y)).toBe(1100);
    expect(d.x[d.y.indexOf(1100)]).toBe(1234);
  });

  it('marks a column without samples as a gap and keeps order within a column', () => {
    const d = minMaxDecimate([0, 1, 2, 8, 9], [5, 1, 3, NaN, 7], 0, 10, 2);
    // Column [0,5): min 1 at x=1 then max 5 at x=0 -> ordered by x; column [5,10): only 7 at x=9.
    expect(Array.from(d.x)).toEqual([0, 1, 9]);
    expect(Array.from(d.y)).toEqual([5, 1, 7]);
    const gap = minMaxDecimate([0, 9], [1, 2], 0, 10, 3);
    expect(Array.from(gap.y)).toEqual([1, NaN, 2]);
  });
});

describe('sampleAt', () => {
  it('finds the sample at or before a time', () => {
    const xs = [0, 1, 2, 5, 6];
    expect(sampleAt(xs, 4.5)).toBe(2);
    expect(sampleAt(xs, 5)).toBe(3);
    expect(sampleAt(xs, 99)).toBe(4);
    expect(sampleAt(xs, -1)).toBe(-1);
  });
});
