import { describe, expect, it } from 'vitest';
import { smoothStreams, trailingMean } from './smooth';

describe('smoothing for charts', () => {
  // Pace noise as a 1 Hz see-saw between 4 and 6 m/s.
  const time = Float64Array.from({ length: 10 }, (_, i) => i);
  const speed = Float32Array.from(time, (t) => (t % 2 === 0 ? 4 : 6));

  it('draws each sample as the mean of the 5 s ending at it: the see-saw becomes a line near 5', () => {
    const five = trailingMean(time, speed, 5);
    // t = 9: seconds 5..9 are 6, 4, 6, 4, 6 -> 26 / 5 = 5.2; t = 8: 4, 6, 4, 6, 4 -> 4.8; t = 0: only itself.
    expect([five[0], five[8], five[9]].map((v) => v!.toFixed(2))).toEqual(['4.00', '4.80', '5.20']);
  });

  it('skips a dropout rather than counting it as zero, and leaves elevation as recorded', () => {
    const withGap = Float32Array.from(speed);
    withGap[9] = NaN;
    expect(trailingMean(time, withGap, 5)[9]!.toFixed(2)).toBe('5.00'); // 6, 4, 6, 4 -> 5
    const altitude = Float32Array.from(time, (t) => 100 + t);
    const smoothed = smoothStreams({ time, speed, altitude }, 30);
    expect(smoothed.altitude).toBe(altitude);
    expect(smoothed.speed![9]!.toFixed(1)).toBe('5.0');
    expect(smoothStreams({ time, speed }, 0).speed).toBe(speed);
  });
});
