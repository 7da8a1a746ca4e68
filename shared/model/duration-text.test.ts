import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration-text';
import { round } from './round';

describe('formatDuration', () => {
  it('writes h:mm:ss of whole seconds, hours never dropped and unbounded', () => {
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(2700)).toBe('0:45:00');
    expect(formatDuration(3599.6)).toBe('1:00:00');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(22036)).toBe('6:07:16');
    expect(formatDuration(36_000)).toBe('10:00:00');
    expect(formatDuration(30 * 3600 + 61)).toBe('30:01:01');
  });

  it('drops the hours under an hour when asked, as prose writes it', () => {
    expect(formatDuration(123, 'if-any')).toBe('2:03');
    expect(formatDuration(59.6, 'if-any')).toBe('1:00');
    expect(formatDuration(3723, 'if-any')).toBe('1:02:03');
  });
});

describe('round', () => {
  it('rounds to the given places, one by default', () => {
    expect(round(66.25)).toBe(66.3);
    expect(round(66.25, 0)).toBe(66);
    expect(round(9.977_93, 2)).toBe(9.98);
  });
});
