import { describe, expect, it } from 'vitest';
import { dayNumber, localDay, localIsoDate, MS_PER_DAY } from './day';

// 2024-06-01 12:00 UTC: that date in every time zone from UTC-11 to UTC+11, so these hold wherever tests run.
const NOON = Date.UTC(2024, 5, 1, 12);

describe('the local day', () => {
  it("names the host's calendar day of an instant", () => {
    expect(localIsoDate(NOON)).toBe('2024-06-01');
    expect(localDay(NOON)).toBe(dayNumber(NOON));
    expect(localIsoDate(NOON + MS_PER_DAY)).toBe('2024-06-02');
  });
});
