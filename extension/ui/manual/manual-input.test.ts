import { describe, expect, it } from 'vitest';
import type { SessionRow } from '../../db';
import { manualFields, toManualEntry, type ManualFields } from './manual-input';

const FIELDS: ManualFields = {
  date: '2024-06-01',
  time: '07:30',
  sport: 'running',
  duration: '0:45',
  distance: '10',
  rpe: '6',
  title: '',
  notes: ' Felt smooth ',
};
const PARIS_SUMMER = () => 120;

describe('toManualEntry', () => {
  it("reads the athlete's local clock and units", () => {
    expect(toManualEntry(FIELDS, 'metric', PARIS_SUMMER)).toEqual({
      entry: {
        sport: 'running',
        start: Date.UTC(2024, 5, 1, 5, 30),
        utcOffsetS: 7200,
        durationS: 2700,
        distanceM: 10_000,
        rpe: 6,
        title: null,
        notes: 'Felt smooth',
      },
    });
    const miles = toManualEntry({ ...FIELDS, distance: '', rpe: '' }, 'imperial', PARIS_SUMMER);
    expect(miles).toMatchObject({ entry: { distanceM: null, rpe: null } });
    expect(toManualEntry({ ...FIELDS, distance: '5' }, 'imperial', PARIS_SUMMER)).toMatchObject({
      entry: { distanceM: 8046.72 },
    });
  });

  it('says which field is wrong', () => {
    expect(toManualEntry({ ...FIELDS, time: '' }, 'metric')).toEqual({
      error: 'Choose the date and start time of the workout.',
    });
    expect(toManualEntry({ ...FIELDS, duration: '45' }, 'metric')).toEqual({
      error: 'Write the duration as hours:minutes, for example 0:45.',
    });
    expect(toManualEntry({ ...FIELDS, distance: '-1' }, 'metric')).toEqual({
      error: 'The distance must be a number, or left empty.',
    });
  });

  it('gives a stored session back as the form had it', () => {
    const row = {
      sport: 'running',
      start: Date.UTC(2024, 5, 1, 5, 30),
      utcOffsetS: 7200,
      elapsedS: 2700,
      distanceM: 10_000,
      rpe: 6,
      title: null,
      notes: 'Felt smooth',
    } as SessionRow;
    expect(manualFields(row, 'metric')).toEqual({ ...FIELDS, notes: 'Felt smooth' });
  });
});
