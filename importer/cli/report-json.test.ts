// `report --json` is a public interface: these tests pin its keys and values
// on sessions built in memory (no files), scored with a given FTP.
import { describe, expect, it } from 'vitest';
import { THRESHOLD_KEYS } from '../../shared/analytics';
import { makeSession, makeStreams } from '../../shared/analytics/test-support';
import { epochMs, seconds as secondsOf } from '../../shared/model';
import { reportJson } from './report-json';
import { profileFromFlags } from './threshold-flags';
import { summarizeTraining } from './training-summary';

// Constant 250 W has NP 250 W, so at FTP 250 W an hour is 100 TSS and half an hour 50 (Coggan).
const ride = (id: string, day: number, seconds: number) =>
  makeSession({
    id,
    start: epochMs(Date.UTC(2024, 0, day, 6)),
    elapsedS: secondsOf(seconds),
    movingS: secondsOf(seconds),
    streams: makeStreams(seconds, { power: () => 250 }),
  });
const sessions = [ride('a', 1, 3600), ride('b', 3, 1800)];
const doc = reportJson(sessions, summarizeTraining(sessions, profileFromFlags({ ftp: '250' })));

describe('reportJson', () => {
  it('has exactly these keys, in this order, at every level', () => {
    expect(Object.keys(doc)).toEqual(['sessions', 'days', 'records', 'weeks', 'thresholds', 'workouts']);
    expect(Object.keys(doc.sessions[0]!).slice(-3)).toEqual(['warnings', 'load', 'channelSources']);
    expect(Object.keys(doc.days[0]!)).toEqual(['date', 'load', 'ctl', 'atl', 'tsb']);
    expect(Object.keys(doc.records[0]!)).toEqual([
      'key',
      'label',
      'unit',
      'better',
      'date',
      'value',
      'sessionId',
      'progression',
    ]);
    expect(Object.keys(doc.records[0]!.progression[0]!)).toEqual(['date', 'value', 'sessionId']);
    expect(Object.keys(doc.weeks[0]!)).toEqual(['week', 'sessions', 'movingS', 'distanceM', 'load', 'bySport']);
    expect(Object.keys(doc.weeks[0]!.bySport.cycling!)).toEqual(['sessions', 'movingS', 'distanceM', 'load']);
    expect(Object.keys(doc.thresholds)).toEqual([...THRESHOLD_KEYS, 'sex', 'trimpK']);
  });

  it('scores one hour at FTP as 100 and writes every day of the span with CTL, ATL and TSB to 0.01', () => {
    expect(doc.sessions.map((s) => s.load)).toEqual([
      { value: 100, method: 'power-tss', estimated: false, basis: 'NP 250 W over 3600 s at FTP 250 W' },
      { value: 50, method: 'power-tss', estimated: false, basis: 'NP 250 W over 1800 s at FTP 250 W' },
    ]);
    // CTL_1 = 100 (1 - e^(-1/42)) = 2.3528, ATL_1 = 100 (1 - e^(-1/7)) = 13.3122; a rest day multiplies
    // them by e^(-1/42) and e^(-1/7); TSB is the day before's CTL - ATL (GoldenCheetah PMCData.cpp).
    const [c1, a1] = [100 * (1 - Math.exp(-1 / 42)), 100 * (1 - Math.exp(-1 / 7))];
    const [c2, a2] = [c1 * Math.exp(-1 / 42), a1 * Math.exp(-1 / 7)];
    const [c3, a3] = [c2 + (50 - c2) * (1 - Math.exp(-1 / 42)), a2 + (50 - a2) * (1 - Math.exp(-1 / 7))];
    expect([c1, a1, c2, a2, c3, a3].map((v) => v.toFixed(2))).toEqual([
      '2.35',
      '13.31',
      '2.30',
      '11.54',
      '3.42',
      '16.66',
    ]);
    expect(doc.days).toEqual([
      { date: '2024-01-01', load: 100, ctl: 2.35, atl: 13.31, tsb: 0 },
      { date: '2024-01-02', load: 0, ctl: 2.3, atl: 11.54, tsb: -10.96 },
      { date: '2024-01-03', load: 50, ctl: 3.42, atl: 16.66, tsb: -9.24 },
    ]);
  });

  it('writes records with the day they were set; an equal best later does not beat them', () => {
    const power20 = doc.records.find((r) => r.key === 'cycling.power.1200');
    expect(power20).toEqual({
      key: 'cycling.power.1200',
      label: 'cycling best 1200 s power',
      unit: 'W',
      better: 'higher',
      date: '2024-01-01',
      value: 250,
      sessionId: 'a',
      progression: [{ date: '2024-01-01', value: 250, sessionId: 'a' }],
    });
    // Only the hour-long ride has an hour of power.
    expect(doc.records.find((r) => r.key === 'cycling.power.3600')?.sessionId).toBe('a');
  });

  it('sums weekly volume by sport and says which thresholds were given', () => {
    expect(doc.weeks).toEqual([
      {
        week: '2024-01-01',
        sessions: 2,
        movingS: 5400,
        distanceM: 0,
        load: 150,
        bySport: { cycling: { sessions: 2, movingS: 5400, distanceM: 0, load: 150 } },
      },
    ]);
    expect(doc.thresholds.ftp).toEqual({ value: 250, estimated: false, how: 'given with --ftp' });
    expect(doc.thresholds.maxHr).toBeNull(); // no heart rate in these sessions: nothing to estimate from
    expect([doc.thresholds.sex, doc.thresholds.trimpK]).toEqual([null, 1.92]);
  });
});
