import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseIsoTime } from './iso-time';

const parse = (s: string) => {
  const b = new TextEncoder().encode(s);
  return parseIsoTime(b, 0, b.length);
};

describe('parseIsoTime', () => {
  it('agrees with Date.parse on zones, offsets and milliseconds', () => {
    for (const s of [
      '2021-01-04T16:22:18Z',
      '2012-10-24T23:29:40.000Z',
      '2014-01-16T18:48:44.340Z',
      '2020-12-27T15:43:49.000+01:00',
      '2010-08-06T10:36:35-05:30',
      '2000-02-29T23:59:59.999Z',
      '1970-01-01T00:00:00Z',
    ]) {
      expect(parse(s), s).toBe(Date.parse(s));
    }
  });

  it('keeps fractions finer than a millisecond (gpxpy: 7 digits)', () => {
    expect(parse('1901-12-13T20:45:52.2073437Z')).toBeCloseTo(Date.UTC(1901, 11, 13, 20, 45, 52) + 207.3437, 6);
  });

  it('takes a time without a zone as UTC, and accepts +HHMM and +HH offsets', () => {
    expect(parse('2013-01-01T12:00:00')).toBe(Date.UTC(2013, 0, 1, 12));
    expect(parse('2013-01-01T12:00:00+0130')).toBe(Date.UTC(2013, 0, 1, 10, 30));
    expect(parse('2013-01-01T12:00:00-02')).toBe(Date.UTC(2013, 0, 1, 14));
    expect(parse('  2013-01-01 12:00:00Z\n')).toBe(Date.UTC(2013, 0, 1, 12));
  });

  it('rejects what is not a date-time', () => {
    for (const bad of [
      '',
      'Aug  6 2007, 20:16:30',
      '2013-13-01T00:00:00Z',
      '2013-01-01',
      '2013-01-01T12:00:00Q',
      '2013-01-01T12:00:00.Z',
    ]) {
      expect(parse(bad), bad).toBeNaN();
    }
  });

  it('counts days like Date.UTC across eras and leap years', () => {
    for (const [y, m, d] of [
      [1600, 3, 1],
      [1900, 2, 28],
      [1901, 12, 13],
      [2000, 2, 29],
      [2100, 3, 1],
      [1969, 12, 31],
    ] as const) {
      expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
    }
  });
});
