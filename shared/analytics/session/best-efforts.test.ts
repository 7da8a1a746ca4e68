import { describe, expect, it } from 'vitest';
import { bestDistanceInTime, bestEffortsByDistance } from './best-efforts';
import { toChannels } from './channels';

/**
 * A run sampled irregularly (steps of 1 s and 3 s alternately): 700 s at 3 m/s
 * (2100 m), 1000 s at 5 m/s (exactly 5000 m), 1000 s at 3 m/s (3000 m).
 * The fastest 5 km is the fast stretch: 1000 s. The fastest 10 km must hold all of
 * it plus 5000 m at 3 m/s: 1000 + 5000/3 = 2666.667 s, ending between samples.
 */
function knownRun(): { time: Float64Array; distance: Float64Array } {
  const times: number[] = [];
  for (let t = 0, i = 0; t <= 2700; t += i++ % 2 === 0 ? 1 : 3) times.push(t);
  const speedAt = (t: number) => (t < 700 ? 3 : t < 1700 ? 5 : 3);
  const distanceAt = (t: number) =>
    t <= 700 ? 3 * t : t <= 1700 ? 2100 + 5 * (t - 700) : 7100 + speedAt(t) * (t - 1700);
  return { time: Float64Array.from(times), distance: Float64Array.from(times, distanceAt) };
}

describe('bestEffortsByDistance', () => {
  it('finds the known fastest 5 km, 1 km and 400 m, and interpolates the 10 km', () => {
    const { time, distance } = knownRun();
    const byDistance = new Map(bestEffortsByDistance(time, distance).map((e) => [e.distanceM, e]));
    expect(byDistance.get(5000)).toEqual({ distanceM: 5000, seconds: 1000, startS: 700 });
    expect(byDistance.get(1000)!.seconds).toBeCloseTo(200, 9);
    expect(byDistance.get(400)!.seconds).toBeCloseTo(80, 9);
    expect(byDistance.get(1609.344)!.seconds).toBeCloseTo(1609.344 / 5, 9);
    expect(byDistance.get(10_000)!.seconds).toBeCloseTo(1000 + 5000 / 3, 9);
    expect(byDistance.has(21_097.5)).toBe(false); // 10.1 km run: no half marathon
  });

  it('finds the farthest distance in 12 minutes on the 1 Hz grid', () => {
    const { time, distance } = knownRun();
    const c = toChannels({ time, distance });
    // 720 s inside the 5 m/s stretch: 3600 m.
    expect(bestDistanceInTime(c.distance!, [720])).toEqual([{ durationS: 720, distanceM: 3600 }]);
  });
});
