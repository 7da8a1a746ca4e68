import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixtureText } from '../../../tests/support/fixtures';
import { stravaFacts } from './details';
import activity from './fixtures/activity.json';

describe('stravaFacts', () => {
  it("maps the athlete's training activity onto the session's details and totals", () => {
    expect(stravaFacts(activity)).toEqual({
      sport: 'cycling',
      subSport: 'generic',
      siteSport: 'Ride',
      start: Date.UTC(2024, 5, 1, 6, 0, 0),
      // start_date_local_raw 1717228800 is 08:00 written as UTC; start_time is 06:00 UTC.
      utcOffsetS: 7200,
      summary: { elapsedS: 5700, movingS: 5400, distanceM: 42195.4, ascentM: 1234.5, calories: null },
      details: {
        title: 'Col de la Croix de Fer',
        description: 'Long climb, easy spin home.',
        gear: null,
        rpe: null,
        privateNote: null,
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

  it('leaves out an empty description and an offset it cannot work out', () => {
    const { start_date_local_raw: _l, ...bare } = activity;
    const facts = stravaFacts({ ...bare, description: '' });
    expect([facts?.details.description, facts?.utcOffsetS]).toEqual([null, null]);
  });

  it('is null without a start or a sport', () => {
    expect(stravaFacts({ ...activity, start_time: 'yesterday' })).toBeNull();
    expect(stravaFacts({ ...activity, sport_type: null, type: null })).toBeNull();
    expect(stravaFacts('<html>')).toBeNull();
  });
});

describeWithFixtures('stravaFacts on the training list Strava sent (Elevate, Dec 2016)', () => {
  const page = JSON.parse(fixtureText('sites/strava/elevate__training_activities_page1.json')) as {
    models: Record<string, unknown>[];
  };

  it('reads the raw numbers, not the French display strings, and the offset from the two starts', () => {
    const run = page.models.find((m) => m.id === 799672885);
    expect(stravaFacts(run)).toEqual({
      sport: 'running',
      subSport: 'generic',
      siteSport: 'Run',
      start: Date.UTC(2016, 11, 11, 14, 45, 50),
      utcOffsetS: 3600,
      summary: { elapsedS: 2358, movingS: 2196, distanceM: 4014.8, ascentM: 17.2, calories: 357.37026476759996 },
      details: { title: 'Running back... Hard !', description: null, gear: null, rpe: null, privateNote: null },
    });
  });

  it('reads every model on the page, in Paris summer time until October and winter time in December', () => {
    const offsets = page.models.map((m) => stravaFacts(m)?.utcOffsetS);
    expect(offsets).toEqual([3600, ...Array(19).fill(7200)]);
  });
});
