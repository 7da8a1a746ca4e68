import { describe, expect, it } from 'vitest';
import { formatHoursMinutes, parseHoursMinutes } from '../common/hours-minutes';
import { editPlan, toPlanFields, toPlanInput, type PlanFields } from './plan-input';

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

describe('the edit-a-plan form', () => {
  const stored = {
    id: 'p',
    date: '2024-06-13',
    sport: 'running' as const,
    targetDurationS: 5460,
    targetDistanceM: 16_093.44,
    targetLoad: 85,
    title: 'Hills',
    steps: [{ durationS: 600 }],
  };

  it('writes a stored plan back as the form reads it, in the athlete’s units', () => {
    expect([5400, 2700, 36_300, 59].map(formatHoursMinutes)).toEqual(['1:30', '0:45', '10:05', '0:00']);
    expect(toPlanFields(stored, 'imperial')).toEqual({
      date: '2024-06-13',
      sport: 'running',
      duration: '1:31',
      distance: '10',
      load: '85',
      title: 'Hills',
    });
    expect(toPlanFields({ id: 'q', date: '2024-06-13', sport: 'swimming', targetDistanceM: 2500 }, 'metric')).toEqual({
      date: '2024-06-13',
      sport: 'swimming',
      duration: '',
      distance: '2.5',
      load: '',
      title: '',
    });
  });

  it('replaces the form’s fields, drops an emptied target and keeps the steps', () => {
    const fields = { ...toPlanFields(stored, 'metric'), load: '', title: 'Flat' };
    // 16,093.44 m shows as 16.09 km; left as shown, the stored metres stay.
    expect(editPlan(stored, fields, 'metric')).toEqual({
      plan: {
        id: 'p',
        date: '2024-06-13',
        sport: 'running',
        targetDurationS: 5460,
        targetDistanceM: 16_093.44,
        title: 'Flat',
        steps: [{ durationS: 600 }],
      },
    });
    expect(editPlan(stored, { ...fields, distance: '16.5' }, 'metric')).toMatchObject({
      plan: { targetDistanceM: 16_500 },
    });
    expect(editPlan(stored, { ...fields, distance: '' }, 'metric')).toEqual({
      plan: expect.not.objectContaining({ targetDistanceM: expect.anything() }),
    });
    expect(editPlan(stored, { ...fields, duration: '' }, 'metric')).toEqual({
      error: 'Write the target duration as hours:minutes, for example 1:30.',
    });
  });
});
