import { describe, expect, it } from 'vitest';
import { stravaFacts } from './details';
import activity from './fixtures/activity.json';

describe('stravaFacts', () => {
  it("maps Strava's activity onto the session's details and totals", () => {
    expect(stravaFacts(activity)).toEqual({
      sport: 'cycling',
      subSport: 'generic',
      siteSport: 'Ride',
      start: Date.UTC(2024, 5, 1, 6, 0, 0),
      utcOffsetS: 7200,
      summary: { elapsedS: 5700, movingS: 5400, distanceM: 42195.4, ascentM: 1234.5, calories: 1520.3 },
      details: {
        title: 'Col de la Croix de Fer',
        description: 'Long climb, easy spin home.',
        gear: 'Canyon Endurace',
        rpe: 7,
        privateNote: 'Left knee a bit sore after 2 h.',
      },
    });
  });

  it.each([
    [{ sport_type: 'VirtualRide' }, 'cycling', 'virtual'],
    [{ sport_type: 'Ride', trainer: true }, 'cycling', 'indoor'],
    [{ sport_type: 'Ride', commute: true }, 'cycling', 'commuting'],
    [{ sport_type: 'TrailRun' }, 'running', 'trail'],
    [{ sport_type: 'Golf' }, 'other', 'generic'],
  ])('%o is %s / %s', (over, sport, subSport) => {
    const facts = stravaFacts({ ...activity, ...over });
    expect([facts?.sport, facts?.subSport]).toEqual([sport, subSport]);
  });

  it('leaves out what the athlete did not enter, and an RPE off the 1-10 scale', () => {
    const { description: _d, private_note: _p, gear: _g, ...bare } = activity;
    expect(stravaFacts({ ...bare, perceived_exertion: 11 })?.details).toEqual({
      title: 'Col de la Croix de Fer',
      description: null,
      gear: null,
      rpe: null,
      privateNote: null,
    });
  });

  it('is null without a start or a sport', () => {
    expect(stravaFacts({ ...activity, start_date: 'yesterday' })).toBeNull();
    expect(stravaFacts({ ...activity, sport_type: null, type: null })).toBeNull();
    expect(stravaFacts('<html>')).toBeNull();
  });
});
