import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { readActivitiesCsv } from './activities-csv';
import { stravaSport } from './strava-sport';

const HEADER = 'Activity ID,Activity Name,Activity Type,Commute,Filename,Perceived Exertion,Commute,Activity Gear';

describe('readActivitiesCsv', () => {
  it('takes the first non-empty value of a repeated column', () => {
    const read = readActivitiesCsv(`${HEADER}\r\n7,Commute home,Ride,,activities/7.fit.gz,6.0,1.0,Canyon\r\n`);
    expect(read).toEqual({
      kind: 'ok',
      complete: true,
      activities: [
        {
          id: '7',
          date: '',
          name: 'Commute home',
          type: 'Ride',
          description: null,
          privateNote: null,
          gear: 'Canyon',
          filename: 'activities/7.fit.gz',
          commute: true,
          perceivedExertion: 6,
        },
      ],
    });
  });

  it('leaves out-of-range exertion unknown and skips blank lines', () => {
    const read = readActivitiesCsv(`${HEADER}\r\n8,x,Run,false,,11,,\r\n\r\n`);
    expect(read.kind === 'ok' && read.activities.map((a) => [a.perceivedExertion, a.commute, a.filename])).toEqual([
      [null, false, null],
    ]);
  });

  it('fails on a header without Filename (an export in another language)', () => {
    expect(readActivitiesCsv('Aktivitäts-ID,Dateiname\r\n1,a.fit')).toEqual({
      kind: 'failed',
      reason: 'its header has no "Activity ID" or "Filename" column',
    });
  });
});

describe('stravaSport', () => {
  it.each([
    ['Ride', 'cycling', null],
    ['Virtual Ride', 'cycling', 'virtual'],
    ['E-Bike Ride', 'cycling', null],
    ['Trail Run', 'running', 'trail'],
    ['Swim', 'swimming', null],
    ['Weight Training', 'strength', null],
    ['Workout', 'training', null],
    ['Nordic Ski', 'cross_country_skiing', null],
    ['Golf', 'other', null],
  ])('%s -> %s / %s', (type, sport, subSport) => {
    expect(stravaSport(type)).toEqual({ sport, subSport });
  });
});

describeWithFixtures('the DERIVED Strava activities.csv', () => {
  it('has the real 94-column header and reads rows 1001-1007', () => {
    const bytes = fixture('export/strava-layout-DERIVED/activities.csv');
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]!.split(',')).toHaveLength(94);
    const read = readActivitiesCsv(text);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.activities.map((a) => [a.id, a.type, a.filename])).toEqual([
      ['1001', 'Ride', 'activities/1001.fit.gz'],
      ['1002', 'Swim', 'activities/1002.fit.gz'],
      ['1003', 'Run', 'activities/1003.gpx.gz'],
      ['1004', 'Run', 'activities/1004.tcx.gz'],
      ['1005', 'Walk', 'activities/1005.gpx'],
      ['1006', 'Workout', null],
      ['1007', 'Run', 'activities/1007.fit.gz'],
    ]);
    expect(read.activities[2]!.name).toBe('DERIVED "Greeting SF with a dumb, dumb route"');
    expect(read.activities[0]!.date).toBe('Jun 12, 2017, 4:09:22 PM');
  });
});
