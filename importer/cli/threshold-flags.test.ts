import { describe, expect, it } from 'vitest';
import { parsePace, profileFromFlags } from './threshold-flags';
import { UsageError } from './usage-error';

describe('threshold flags', () => {
  it('reads a pace per km as a speed: 4:30 is 1000 m in 270 s', () => {
    expect(parsePace('4:30')).toBe(1000 / 270);
    expect(parsePace('12:05')).toBe(1000 / 725);
  });

  it.each(['4:75', '4.30', '430', '4:3', ':30', '0:00', 'fast', ''])(
    'rejects the pace "%s" as a usage error',
    (text) => {
      expect(() => parsePace(text)).toThrow(
        new UsageError(`--threshold-pace "${text}" is not a pace: give minutes:seconds per km, e.g. 4:30.`),
      );
    },
  );

  it('turns flags into thresholds in force for the whole history, naming the flag', () => {
    const profile = profileFromFlags({
      ftp: '250',
      lthr: '165',
      'max-hr': '190',
      'rest-hr': '48',
      'threshold-pace': '4:00',
      sex: 'female',
    });
    expect(profile.sex).toBe('female');
    expect(profile.thresholds).toEqual([
      { key: 'ftp', value: 250, from: 0, how: 'given with --ftp' },
      { key: 'thresholdHr', value: 165, from: 0, how: 'given with --lthr' },
      { key: 'maxHr', value: 190, from: 0, how: 'given with --max-hr' },
      { key: 'restHr', value: 48, from: 0, how: 'given with --rest-hr' },
      { key: 'thresholdRunSpeed', value: 1000 / 240, from: 0, how: 'given with --threshold-pace' },
    ]);
    expect(profileFromFlags({})).toEqual({ sex: null, thresholds: [] });
  });

  it.each([
    [{ ftp: '-5' }, '--ftp "-5" is not a positive number (W).'],
    [{ lthr: 'high' }, '--lthr "high" is not a positive number (bpm).'],
    [{ 'max-hr': '' }, '--max-hr "" is not a positive number (bpm).'],
    [{ 'rest-hr': '60', 'max-hr': '60' }, '--rest-hr (60) must be below --max-hr (60).'],
    [{ sex: 'm' }, '--sex "m" is not one of: male, female.'],
  ])('rejects %j', (values, message) => {
    expect(() => profileFromFlags(values)).toThrow(new UsageError(message));
  });
});
