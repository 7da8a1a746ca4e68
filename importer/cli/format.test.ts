import { describe, expect, it } from 'vitest';
import { formatKm, formatStart, formatWhole } from './format';

describe('CLI number formats', () => {
  it('writes kilometres with 2 decimals and "-" when unknown', () => {
    expect(formatKm(141944.2)).toBe('141.94');
    expect(formatKm(0)).toBe('0.00');
    expect(formatKm(null)).toBe('-');
  });

  it('rounds bpm and watts to whole numbers', () => {
    expect(formatWhole(147.5)).toBe('148');
    expect(formatWhole(null)).toBe('-');
  });

  it('shows the start on the local clock with its offset when known, else in UTC', () => {
    const start = Date.UTC(2015, 6, 10, 8, 58, 32);
    expect(formatStart(start, null)).toBe('2015-07-10 08:58 UTC');
    expect(formatStart(start, 7200)).toBe('2015-07-10 10:58 +02:00');
    expect(formatStart(start, -9.5 * 3600)).toBe('2015-07-09 23:28 -09:30');
    expect(formatStart(start, 0)).toBe('2015-07-10 08:58 +00:00');
  });
});
