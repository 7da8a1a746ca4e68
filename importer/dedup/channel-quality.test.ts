import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../shared/model';
import { channelQuality, compareQuality } from './channel-quality';

/** `n` seconds at 1 Hz. */
const seconds = (n: number) => Float64Array.from({ length: n }, (_, i) => i);
const source = (heartRate: 'strap' | 'optical' | null, powerMeter = false): SourceRef => ({
  format: 'fit',
  file: 'a.fit',
  contentHash: 'a',
  sizeBytes: 1,
  device: null,
  sensors: { heartRate, powerMeter },
});

describe('channelQuality', () => {
  it('counts the seconds with values, leaving out dropouts longer than 10 s', () => {
    // 101 samples over 100 s; heart rate missing from 20 s to 39 s: the 21 s gap from 19 s to 40 s is a dropout.
    const heartRate = Float32Array.from(seconds(101), (t) => (t >= 20 && t < 40 ? NaN : 120 + (t % 7)));
    expect(channelQuality({ time: seconds(101), heartRate }, 'heartRate', 100, undefined)).toEqual({
      coverage: 0.79,
      sensor: 0,
      rateHz: 1,
    });
  });

  it('counts power stuck at one value for a minute or more as missing, but not zeros while coasting', () => {
    const power = Float32Array.from(seconds(301), (t) =>
      t < 100 ? 200 + (t % 5) : t < 190 ? 250 : t < 250 ? 0 : 210 + (t % 3),
    );
    // 250 W held from 100 s to 189 s: 89 s of flat line; 60 s of zeros count.
    expect(channelQuality({ time: seconds(301), power }, 'power', 300, undefined)!.coverage).toBeCloseTo(
      (300 - 89) / 300,
      10,
    );
  });

  it('keeps a flat altitude (level ground) and reads the rate of smart recording', () => {
    const time = Float64Array.from({ length: 101 }, (_, i) => i * 3);
    const q = channelQuality({ time, altitude: new Float32Array(101).fill(12) }, 'altitude', 300, undefined);
    expect(q).toEqual({ coverage: 1, sensor: 0, rateHz: 1 / 3 });
  });

  it('is null for a channel without a single value', () => {
    expect(
      channelQuality({ time: seconds(3), power: new Float32Array(3).fill(NaN) }, 'power', 3, undefined),
    ).toBeNull();
    expect(channelQuality({ time: seconds(3) }, 'positions', 3, undefined)).toBeNull();
  });

  it('marks a chest strap better and a wrist sensor worse for heart rate only', () => {
    const streams = { time: seconds(3), heartRate: new Float32Array([1, 2, 3]), cadence: new Float32Array([1, 2, 3]) };
    expect(channelQuality(streams, 'heartRate', 2, source('strap'))!.sensor).toBe(1);
    expect(channelQuality(streams, 'heartRate', 2, source('optical'))!.sensor).toBe(-1);
    expect(channelQuality(streams, 'cadence', 2, source('optical'))!.sensor).toBe(0);
  });
});

describe('compareQuality', () => {
  const q = (coverage: number, sensor: -1 | 0 | 1 = 0, rateHz = 1) => ({ coverage, sensor, rateHz });

  it('lets coverage decide beyond 5 points, then the sensor, then a sample rate 1.5 times higher', () => {
    expect(compareQuality(q(0.9), q(0.96, -1))).toBeLessThan(0);
    expect(compareQuality(q(0.92, 1), q(0.96, -1))).toBeGreaterThan(0);
    expect(compareQuality(q(1, 0, 1), q(1, 0, 0.5))).toBeGreaterThan(0);
    expect(compareQuality(q(1, 0, 1), q(1, 0, 0.8))).toBe(0);
    expect(compareQuality(null, q(0.1))).toBeLessThan(0);
    expect(compareQuality(null, null)).toBe(0);
  });
});
