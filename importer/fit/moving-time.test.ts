import { describe, expect, test } from 'vitest';
import { timerSeconds } from './moving-time';
import type { FitMessage } from './types';

const T0 = Date.UTC(2024, 5, 1, 6);
const at = (s: number) => T0 + s * 1000;
const timer = (s: number, eventType: string): FitMessage => ({ timestamp: at(s), event: 'timer', eventType });

describe('moving time from timer events', () => {
  const events: FitMessage[] = [
    timer(0, 'start'),
    { timestamp: at(100), event: 'rearGearChange', eventType: 'marker' },
    timer(1200, 'stop'),
    timer(1320, 'start'),
    timer(3600, 'stopAll'),
  ];

  test('a pause between stop and start is not moving', () => {
    expect(timerSeconds(events, at(0), at(3600))).toBe(3600 - 120);
  });

  test('only the part of the timer inside the range counts (a lap)', () => {
    expect(timerSeconds(events, at(1000), at(2000))).toBe(200 + 680);
  });

  test('a timer still running at the end counts up to the end', () => {
    expect(timerSeconds([timer(0, 'start')], at(0), at(90))).toBe(90);
  });

  test('a second start while running does not restart the count', () => {
    expect(timerSeconds([timer(0, 'start'), timer(10, 'start'), timer(60, 'stopAll')], at(0), at(60))).toBe(60);
  });

  test('without timer events there is no answer', () => {
    expect(
      timerSeconds([{ timestamp: at(5), event: 'rearGearChange', eventType: 'marker' }], at(0), at(60)),
    ).toBeNull();
  });
});
