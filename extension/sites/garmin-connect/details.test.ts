import { describe, expect, it } from 'vitest';
import { garminDetailStreams } from './detail-metrics';
import { garminFacts } from './details';
import activity from './fixtures/activity.json';
import details from './fixtures/details.json';
import { garminSport } from './sports';

const START = Date.UTC(2024, 5, 1, 6, 0, 0);

describe('garminFacts', () => {
  it("maps Garmin Connect's activity onto the session's details and totals, RPE 70 as 7", () => {
    expect(garminFacts(activity)).toEqual({
      sport: 'cycling',
      subSport: 'road',
      siteSport: 'road_biking',
      start: START,
      utcOffsetS: 7200,
      summary: { elapsedS: 7400.5, movingS: 7000, distanceM: 61234.56, ascentM: 1050, calories: 1750 },
      details: { title: 'Vercors loop', description: 'Windy on the plateau.', gear: null, rpe: 7, privateNote: null },
    });
  });

  it('is null without a start or an activity type', () => {
    expect(garminFacts({ ...activity, activityTypeDTO: {} })).toBeNull();
    expect(garminFacts({ ...activity, summaryDTO: {} })).toBeNull();
  });
});

describe('garminSport', () => {
  it.each([
    ['trail_running', 'running', 'trail'],
    ['indoor_cycling', 'cycling', 'indoor'],
    ['lap_swimming', 'swimming', 'lap_swimming'],
    ['open_water_swimming', 'swimming', 'open_water'],
    ['strength_training', 'strength', 'generic'],
    ['golf', 'other', 'generic'],
  ])('%s is %s / %s', (key, sport, subSport) => {
    expect(garminSport(key)).toEqual({ sport, subSport });
  });
});

describe('garminDetailStreams', () => {
  it('turns the descriptor-indexed rows into channels, times relative to the start', () => {
    expect(garminDetailStreams(details, START)).toEqual({
      time: [0, 1, 3, 4],
      lat: [45.0, 45.00007, 45.00021, 45.00028],
      lon: [5.5, 5.5, 5.50001, 5.50002],
      altitude: [300.0, 300.2, 300.6, 300.8],
      distance: [0, 7.8, 23.4, 31.2],
      speed: [0, 7.8, 7.8, 7.8],
      heartRate: [118, 120, 124, 126],
      power: [null, 180, 200, 210],
      cadence: [0, 80, 85, 86],
      temperature: [21, 21, 21, 22],
    });
  });

  it('keeps directRunCadence as it is: it is already per leg, like FIT and the model', () => {
    const run = {
      metricDescriptors: [
        { metricsIndex: 0, key: 'sumElapsedDuration' },
        { metricsIndex: 1, key: 'directRunCadence' },
        { metricsIndex: 2, key: 'directDoubleCadence' },
      ],
      activityDetailMetrics: [{ metrics: [0, 85, 170] }, { metrics: [1, 86, 172] }],
    };
    expect(garminDetailStreams(run, START)).toEqual({ time: [0, 1], cadence: [85, 86] });
  });

  it('halves directDoubleCadence (steps per minute) when it is the only running cadence', () => {
    const run = {
      metricDescriptors: [
        { metricsIndex: 0, key: 'sumElapsedDuration' },
        { metricsIndex: 1, key: 'directDoubleCadence' },
      ],
      activityDetailMetrics: [{ metrics: [0, 170] }, { metrics: [1, null] }],
    };
    expect(garminDetailStreams(run, START)).toEqual({ time: [0, 1], cadence: [85, null] });
  });

  it('is null without a time column', () => {
    expect(
      garminDetailStreams(
        {
          metricDescriptors: [{ metricsIndex: 0, key: 'directHeartRate' }],
          activityDetailMetrics: [{ metrics: [120] }],
        },
        START,
      ),
    ).toBeNull();
  });
});
