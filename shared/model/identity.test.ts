import { describe, expect, it } from 'vitest';
import { blankSummary } from '../../tests/support/sessions';
import { clockShiftMs, fingerprint, isSameWorkout, sessionId } from './identity';
import { epochMs, seconds } from './units';

// The values the expectations below rely on, stated here rather than taken from the builder's defaults.
const ride = blankSummary({ sport: 'cycling', start: epochMs(Date.UTC(2024, 5, 1, 6, 0, 0)), elapsedS: seconds(3600) });
const minutes = (n: number) => n * 60_000;

describe('isSameWorkout', () => {
  it('matches the same ride from two sources a minute apart and 2% shorter', () => {
    expect(isSameWorkout(ride, { ...ride, start: epochMs(ride.start + minutes(1)), elapsedS: seconds(3528) })).toBe(
      true,
    );
  });

  it('matches a start off by the UTC offset one source states (its local clock read as UTC)', () => {
    const local = { ...ride, start: epochMs(ride.start + minutes(120)) };
    expect(isSameWorkout({ ...ride, utcOffsetS: 7200 }, local)).toBe(true);
    expect(clockShiftMs({ ...ride, utcOffsetS: 7200 }, local)).toBe(-minutes(120));
    expect(clockShiftMs(local, { ...ride, utcOffsetS: 7200 })).toBe(minutes(120));
  });

  it('keeps apart a morning commute and the ride home nine hours later', () => {
    expect(isSameWorkout(ride, { ...ride, start: epochMs(ride.start + minutes(9 * 60)) })).toBe(false);
    expect(
      isSameWorkout({ ...ride, utcOffsetS: 3600 }, { ...ride, start: epochMs(ride.start + minutes(9 * 60)) }),
    ).toBe(false);
  });

  it('keeps apart workouts 10 minutes apart, of different sports, or of very different length', () => {
    expect(isSameWorkout(ride, { ...ride, start: epochMs(ride.start + minutes(10)) })).toBe(false);
    expect(isSameWorkout(ride, { ...ride, sport: 'running' })).toBe(false);
    expect(isSameWorkout(ride, { ...ride, elapsedS: seconds(3000) })).toBe(false);
  });

  it('treats walking and hiking as one family, and "other" as compatible with anything', () => {
    expect(isSameWorkout({ ...ride, sport: 'walking' }, { ...ride, sport: 'hiking' })).toBe(true);
    expect(isSameWorkout(ride, { ...ride, sport: 'other' })).toBe(true);
  });
});

describe('fingerprint and sessionId', () => {
  it('keys by sport family and start minute', () => {
    expect(fingerprint(ride)).toBe(`cycling@${Date.UTC(2024, 5, 1, 6, 0, 0) / 60_000}`);
    expect(fingerprint({ ...ride, sport: 'hiking' })).toBe(fingerprint({ ...ride, sport: 'walking' }));
  });

  it('derives ids from the content hash, numbering extra sessions of one file', () => {
    const hash = 'ab'.repeat(32);
    expect(sessionId(hash, 0)).toBe('ab'.repeat(12));
    expect(sessionId(hash, 2)).toBe(`${'ab'.repeat(12)}-2`);
  });
});
