// The report text on sessions built in memory: a 60-day span shows one row per
// week, and every number a row shows is the published definition's.
import { describe, expect, it } from 'vitest';
import { makeSession, makeStreams } from '../../shared/analytics/test-support';
import { epochMs, seconds } from '../../shared/model';
import { profileFromFlags } from './threshold-flags';
import { MAX_DAILY_ROWS, trainingReport } from './training-report';
import { summarizeTraining } from './training-summary';

// An hour at 250 W every day from Monday 2024-01-01 to Thursday 2024-02-29: 100 TSS a day at FTP 250 W.
const DAYS = 60;
const hour = makeStreams(3600, { power: () => 250 });
const sessions = Array.from({ length: DAYS }, (_, d) =>
  makeSession({ id: `s${d}`, start: epochMs(Date.UTC(2024, 0, 1 + d, 6)), movingS: seconds(3600), streams: hour }),
);
const text = trainingReport(summarizeTraining(sessions, profileFromFlags({ ftp: '250' })));
const section = (title: string) =>
  text
    .slice(text.indexOf(title))
    .split('\n\n')[1]!
    .split('\n')
    .slice(2)
    .filter((l) => l !== '');
const cells = (line: string) => line.split(/ {2,}/);

describe('trainingReport', () => {
  it('names each threshold and its source, and how the loads were scored', () => {
    expect(text).toContain('  FTP 250 W (given with --ftp)\n');
    expect(text).toContain('  Maximum heart rate: unknown (no heart rate; give --max-hr)\n');
    expect(text).toContain('Load: 60 sessions by power (TSS).\n');
  });

  it(`shows a span over ${MAX_DAILY_ROWS} days as one row per ISO week (to Sunday) and the last day`, () => {
    const rows = section('Fitness, fatigue and form, 2024-01-01 to 2024-02-29: weekly (--json gives every day)');
    expect(rows.map((r) => cells(r)[0])).toEqual([
      '2024-01-07',
      '2024-01-14',
      '2024-01-21',
      '2024-01-28',
      '2024-02-04',
      '2024-02-11',
      '2024-02-18',
      '2024-02-25',
      '2024-02-29',
    ]);
    // A constant daily load L from 0: after n days X = L (1 - e^(-n/N)) (N = 42 CTL, 7 ATL); TSB on day n is day n-1's CTL - ATL.
    const x = (n: number, N: number) => 100 * (1 - Math.exp(-n / N));
    const expected = (n: number, weekLoad: number) =>
      [weekLoad, x(n, 42), x(n, 7), x(n - 1, 42) - x(n - 1, 7)].map((v) => v.toFixed(1));
    expect(cells(rows[0]!).slice(1)).toEqual(expected(7, 700)); // 700.0  15.4  63.2  -44.3
    expect(cells(rows[8]!).slice(1)).toEqual(expected(60, 400)); // Monday to Thursday
  });

  it('lists weekly volume and records with their dates', () => {
    expect(cells(section('Weekly volume')[0]!)).toEqual(['2024-01-01', 'cycling', '7', '7:00:00', '0.00', '700.0']);
    expect(section('Records')).toContain('cycling  best 20 min power  250 W  2024-01-01          1');
  });
});
