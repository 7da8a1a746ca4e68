import { describe, expect, it } from 'vitest';
import { intervalsFacts, intervalsGearId, intervalsGearName } from './details';
import gear from './fixtures/gear.json';
import activity from './fixtures/activity.json';
import streams from './fixtures/streams.json';
import { intervalsSport } from './sports';
import { intervalsStreams } from './streams';

describe('intervalsFacts', () => {
  it("maps intervals.icu's activity onto the session's details and totals", () => {
    expect(intervalsFacts(activity, 'Tacx Neo')).toEqual({
      sport: 'cycling',
      subSport: 'virtual',
      siteSport: 'VirtualRide',
      start: Date.UTC(2024, 5, 1, 6),
      utcOffsetS: 7200,
      summary: { elapsedS: 4200, movingS: 4150, distanceM: 38123, ascentM: 210, calories: 980 },
      details: {
        title: 'Sweet spot 3x15',
        description: 'Legs heavy in the last set.',
        gear: 'Tacx Neo',
        rpe: 6,
        privateNote: null,
      },
    });
  });

  it('does not turn "feel" into an RPE', () => {
    const { icu_rpe: _rpe, ...withoutRpe } = activity;
    expect(intervalsFacts(withoutRpe)?.details.rpe).toBeNull();
  });

  it('is null without a start or a type', () => {
    expect(intervalsFacts({ ...activity, type: null })).toBeNull();
    expect(intervalsFacts({ ...activity, start_date: undefined })).toBeNull();
  });
});

describe('intervalsSport', () => {
  it.each([
    ['Ride', true, 'cycling', 'indoor'],
    ['Ride', false, 'cycling', 'generic'],
    ['TrailRun', false, 'running', 'trail'],
    ['Swim', false, 'swimming', 'generic'],
    ['Golf', false, 'other', 'generic'],
  ])('%s (trainer %s) is %s / %s', (type, trainer, sport, subSport) => {
    expect(intervalsSport(type, trainer)).toEqual({ sport, subSport });
  });
});

describe('intervalsStreams', () => {
  it('reads the typed list, latlng from data and data2, and skips types it does not model', () => {
    expect(intervalsStreams(streams)).toEqual({
      time: [0, 1, 2, 3],
      power: [150, 220, 230, null],
      heartRate: [110, 118, 125, 131],
      cadence: [80, 90, 91, 92],
      speed: [9.1, 9.2, 9.3, 9.3],
      distance: [0, 9.2, 18.5, 27.8],
      lat: [45.1, 45.10008, 45.10017, 45.10025],
      lon: [5.7, 5.7, 5.70001, 5.70001],
    });
  });

  it('is null without a time stream', () => {
    expect(intervalsStreams([{ type: 'watts', data: [1] }])).toBeNull();
  });
});

describe('intervals.icu gear', () => {
  it("names the activity's gear id from the athlete's gear list, and leaves it out when it is not there", () => {
    expect(intervalsGearId(activity)).toBe('b987');
    expect(intervalsGearName(gear, 'b987')).toBe('Tacx Neo');
    expect(intervalsGearName(gear, 'b1')).toBeNull();
    expect(intervalsGearName({ error: 'x' }, 'b987')).toBeNull();
    expect(intervalsFacts(activity)?.details.gear).toBeNull();
  });
});
