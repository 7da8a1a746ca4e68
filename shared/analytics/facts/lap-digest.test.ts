import { describe, expect, it } from 'vitest';
import { bpm, meters, seconds, watts, type Lap } from '../../model';
import { blankSummary } from '../../../tests/support/sessions';
import { pushLapDigest } from './lap-digest';

/** Work laps of 5 min at 300 W and 160 bpm (2.5 km), recoveries of 2 min at 150 W and 130 bpm (0.8 km). */
function intervals(reps: number): Lap[] {
  const lap = (work: boolean): Lap => ({
    ...blankSummary({
      movingS: seconds(work ? 300 : 120),
      distanceM: meters(work ? 2500 : 800),
      avgHr: bpm(work ? 160 : 130),
      avgPowerW: watts(work ? 300 : 150),
    }),
    trigger: 'manual',
  });
  return Array.from({ length: reps * 2 }, (_, i) => lap(i % 2 === 0));
}

function digest(laps: readonly Lap[], units: 'metric' | 'imperial' = 'metric') {
  const lines: [string, number | string, string, string][] = [];
  pushLapDigest(laps, 'cycling', units, (...f) => lines.push(f));
  return lines;
}

describe("a session's laps as facts", () => {
  it('lists each lap when there are at most eight', () => {
    expect(digest(intervals(2))).toEqual([
      ['lap.1', 300, 's', 'Lap 1 of 4: 0:05:00, 2.50 km, 30.0 km/h, average heart rate 160 bpm, average power 300 W'],
      ['lap.2', 120, 's', 'Lap 2 of 4: 0:02:00, 0.80 km, 24.0 km/h, average heart rate 130 bpm, average power 150 W'],
      ['lap.3', 300, 's', 'Lap 3 of 4: 0:05:00, 2.50 km, 30.0 km/h, average heart rate 160 bpm, average power 300 W'],
      ['lap.4', 120, 's', 'Lap 4 of 4: 0:02:00, 0.80 km, 24.0 km/h, average heart rate 130 bpm, average power 150 W'],
    ]);
  });

  it('groups consecutive laps beyond eight, averaging over time, in eight lines at most', () => {
    const lines = digest(intervals(6)); // 12 laps: six groups of two
    expect(lines).toHaveLength(6);
    // (300 s x 160 + 120 s x 130) / 420 s = 151.4 bpm; (300 x 300 + 120 x 150) / 420 = 257.1 W.
    expect(lines[0]).toEqual([
      'laps.1-2',
      420,
      's',
      'Laps 1-2 of 12: 0:07:00, 3.30 km, 28.3 km/h, average heart rate 151 bpm, average power 257 W',
    ]);
    expect(lines[5]![0]).toBe('laps.11-12');
  });

  it("states a lap's distance and speed in the athlete's units, and says nothing for a single lap", () => {
    expect(digest(intervals(1), 'imperial')[0]![3]).toBe(
      'Lap 1 of 2: 0:05:00, 1.55 mi, 18.6 mph, average heart rate 160 bpm, average power 300 W',
    );
    expect(digest(intervals(1).slice(0, 1))).toEqual([]);
  });
});
