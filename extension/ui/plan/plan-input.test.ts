import { describe, expect, it } from 'vitest';
import { parseHoursMinutes } from '../common/hours-minutes';
import { toPlanInput, type PlanFields } from './plan-input';

const fields: PlanFields = {
  date: '2024-06-13',
  sport: 'cycling',
  duration: '1:30',
  distance: '',
  load: '',
  title: '',
};

describe('the add-a-plan form', () => {
  it('reads durations as hours:minutes', () => {
    expect(['1:30', '0:45', '10:05', ' 2:00 '].map(parseHoursMinutes)).toEqual([5400, 2700, 36_300, 7200]);
    expect(['90', '1:60', '1:5', '0:00', '', 'a:bc'].map(parseHoursMinutes)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('stores distance in metres from km or miles, and leaves empty targets out', () => {
    expect(toPlanInput({ ...fields, distance: '40', load: '80', title: ' Tempo ' }, 'metric')).toEqual({
      plan: {
        date: '2024-06-13',
        sport: 'cycling',
        targetDurationS: 5400,
        targetDistanceM: 40_000,
        targetLoad: 80,
        title: 'Tempo',
      },
    });
    // 1 mi = 1609.344 m exactly.
    expect(toPlanInput({ ...fields, distance: '10' }, 'imperial')).toEqual({
      plan: { date: '2024-06-13', sport: 'cycling', targetDurationS: 5400, targetDistanceM: 16_093.44 },
    });
  });

  it('says which field is wrong', () => {
    expect(toPlanInput({ ...fields, date: '' }, 'metric')).toEqual({ error: 'Choose a date for the session.' });
    expect(toPlanInput({ ...fields, duration: '90' }, 'metric')).toEqual({
      error: 'Write the target duration as hours:minutes, for example 1:30.',
    });
    expect(toPlanInput({ ...fields, distance: '-3' }, 'metric')).toEqual({
      error: 'The distance must be a number above zero, or left empty.',
    });
    expect(toPlanInput({ ...fields, load: 'lots' }, 'metric')).toEqual({
      error: 'The load must be a number above zero, or left empty.',
    });
  });
});
