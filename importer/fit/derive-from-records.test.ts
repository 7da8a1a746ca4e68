import { describe, expect, test } from 'vitest';
import type { Streams } from '../../shared/model';
import { deriveFromRecords } from './derive-from-records';

const START = Date.UTC(2024, 0, 1);
const DISTANCE = new Set(['distanceM'] as const);

// Five samples 1 s apart covering 10 m each; a range picks the samples whose
// time lies inside it, both ends included.
function streams(time: number[]): Streams {
  return { time: Float64Array.from(time), distance: Float64Array.from(time, (t) => t * 10) };
}

describe('summary values from the records of a time range', () => {
  test('ascending times: both ends of the range are included', () => {
    const derive = deriveFromRecords(streams([0, 1, 2, 3, 4]), START);
    expect(derive(START + 1000, START + 3000, DISTANCE)?.distanceM).toBe(20);
  });

  test('a clock that jumps back: from the first to the last sample inside the range', () => {
    // Samples 1..5 lie in [1 s, 3 s] (the last at 2.5 s, distance 25 m).
    const derive = deriveFromRecords(streams([0, 1, 2, 3, 4, 2.5]), START);
    expect(derive(START + 1000, START + 3000, DISTANCE)?.distanceM).toBe(15);
  });

  test('a range with no samples derives nothing', () => {
    expect(deriveFromRecords(streams([0, 1, 2]), START)(START + 5000, START + 9000, DISTANCE)).toBeNull();
  });
});
