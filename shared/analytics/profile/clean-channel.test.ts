import { describe, expect, it } from 'vitest';
import { withoutSpikes } from './clean-channel';

describe('withoutSpikes', () => {
  it('removes a sample further than the limit from the median of its window, gaps left out of the median', () => {
    // At 180 the window of 5 holds 100, 101, 180, 102 (the gap is no value): median 101.5, 78.5 away.
    const hr = Float32Array.from([100, 101, 180, 102, NaN, 103, 104]);
    expect(Array.from(withoutSpikes(hr, 20, 5))).toEqual([100, 101, NaN, 102, NaN, 103, 104]);
  });

  it('keeps a sample exactly at the limit from an even window’s median', () => {
    // At the end the window holds 120 and 160: median 140, and 160 is 20 away.
    expect(Array.from(withoutSpikes(Float32Array.from([NaN, 120, 160]), 20, 5))).toEqual([NaN, 120, 160]);
  });
});
