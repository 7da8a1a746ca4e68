import { describe, expect, it } from 'vitest';
import { epochMs, seconds } from '../../model';
import { makeProfile, makeSession, makeStreams } from '../test-support';
import { scoreSession } from './score-load';

const HOUR = 3600;
const jan = (year: number) => Date.UTC(year, 0, 1);

describe('scoreSession', () => {
  it('scores one hour at FTP as 100 power TSS (Coggan: hours x IF^2 x 100 with IF = 1)', () => {
    const profile = makeProfile([{ key: 'ftp', value: 250, from: jan(2020) }]);
    const session = makeSession({ id: 'ride', streams: makeStreams(HOUR, { power: () => 250 }) });
    const load = scoreSession(session, profile)!;
    expect(load.method).toBe('power-tss');
    expect(load.value).toBeCloseTo(100, 10);
    expect(load.basis).toContain('FTP 250 W');
  });

  it('scores a 2019 ride with 2019 FTP and a 2021 ride with the FTP set in 2020', () => {
    // One hour at 200 W: IF 200/200 = 1 in 2019 -> 100; IF 200/250 = 0.8 in 2021 -> 0.64 x 100 = 64.
    const profile = makeProfile([
      { key: 'ftp', value: 200, from: jan(2019) },
      { key: 'ftp', value: 250, from: jan(2020) },
    ]);
    const streams = makeStreams(HOUR, { power: () => 200 });
    const in2019 = makeSession({ id: 'a', start: epochMs(Date.UTC(2019, 6, 1)), streams });
    const in2021 = makeSession({ id: 'b', start: epochMs(Date.UTC(2021, 6, 1)), streams });
    expect(scoreSession(in2019, profile)!.value).toBeCloseTo(100, 10);
    expect(scoreSession(in2021, profile)!.value).toBeCloseTo(64, 10);
  });

  it('scores one flat hour at threshold pace as 100 running TSS, grade-adjusted when altitude exists', () => {
    const profile = makeProfile([{ key: 'thresholdRunSpeed', value: 4, from: jan(2020) }]);
    const flat = makeStreams(HOUR, { speed: () => 4, altitude: () => 100 });
    const run = makeSession({ id: 'run', sport: 'running', streams: flat });
    const load = scoreSession(run, profile)!;
    expect(load.method).toBe('running-tss-gap');
    expect(load.value).toBeCloseTo(100, 4);
    // Uphill at 5 %: Minetti's C(0.05) = 0.0000486 - 0.0001900 - 0.0054125 + 0.11575 + 0.975 + 3.6
    // = 4.685196 J/(kg m), / C(0) 3.6 = 1.301443 times harder, so the same speed is worth
    // IF 1.301443 and 100 x 1.301443^2 = 169.38 TSS.
    const climb = makeStreams(HOUR, { speed: () => 4, altitude: (t) => 100 + 0.05 * 4 * t });
    const uphill = scoreSession(makeSession({ id: 'up', sport: 'running', streams: climb }), profile)!;
    const ratio =
      (155.4 * 0.05 ** 5 - 30.4 * 0.05 ** 4 - 43.3 * 0.05 ** 3 + 46.3 * 0.05 ** 2 + 19.5 * 0.05 + 3.6) / 3.6;
    expect(ratio).toBeCloseTo(1.301443, 5);
    expect(uphill.value).toBeCloseTo(169.38, 1);
  });

  it('scores a swim at critical speed for one hour as 100 swim TSS (IF^3 x hours x 100)', () => {
    const profile = makeProfile([{ key: 'swimCss', value: 1.25, from: jan(2020) }]);
    const swim = makeSession({
      id: 'swim',
      sport: 'swimming',
      distanceM: 4500 as never,
      movingS: seconds(HOUR),
      elapsedS: seconds(HOUR),
    });
    const load = scoreSession(swim, profile)!;
    expect(load.method).toBe('swim-tss');
    expect(load.value).toBeCloseTo(100, 10);
  });

  it('computes Banister TRIMP second by second for a known heart-rate trace', () => {
    // Rest 50, max 190, men (k = 1.92). 30 min at 150: HRR = 100/140 = 0.714286,
    // 30 x 0.714286 x 0.64 x e^(1.92 x 0.714286 = 1.371429 -> 3.940977) = 54.0477.
    // 30 min at 170: HRR = 120/140 = 0.857143, 30 x 0.857143 x 0.64 x e^1.645714 (5.184712) = 85.3255.
    // Total 139.3732.
    const profile = makeProfile([
      { key: 'maxHr', value: 190, from: jan(2020) },
      { key: 'restHr', value: 50, from: jan(2020) },
      { key: 'thresholdHr', value: 160, from: jan(2020) },
    ]);
    const streams = makeStreams(HOUR, { heartRate: (t) => (t < 1800 ? 150 : 170) });
    const session = makeSession({ id: 'hr', sport: 'rowing', streams });
    expect(scoreSession(session, profile, { hrMethod: 'trimp' })!.value).toBeCloseTo(139.3732, 3);
    // hrTSS: one hour at LTHR 160 is TRIMP 60 x 0.785714 x 0.64 x e^(1.508571) = 136.3830, so 139.3732 / 136.3830 x 100 = 102.1925.
    const hrTss = scoreSession(session, profile)!;
    expect(hrTss.method).toBe('hr-tss');
    expect(hrTss.value).toBeCloseTo(102.1925, 3);
  });

  it("uses women's k = 1.67 in TRIMP", () => {
    // 60 min at HRR (120 - 50) / 140 = 0.5: 60 x 0.5 x 0.64 x e^(1.67 x 0.5) = 19.2 x 2.304815 = 44.2524.
    const profile = makeProfile(
      [
        { key: 'maxHr', value: 190, from: jan(2020) },
        { key: 'restHr', value: 50, from: jan(2020) },
      ],
      'female',
    );
    const session = makeSession({ id: 'w', streams: makeStreams(HOUR, { heartRate: () => 120 }) });
    expect(scoreSession(session, profile, { hrMethod: 'trimp' })!.value).toBeCloseTo(44.2524, 3);
  });

  it('falls back to session RPE (RPE x minutes) when only effort is known, and to null with nothing', () => {
    const profile = makeProfile([]);
    const strength = makeSession({ id: 'gym', sport: 'strength', movingS: seconds(45 * 60), rpe: 7 });
    expect(scoreSession(strength, profile)).toMatchObject({ method: 'session-rpe', value: 315 });
    expect(scoreSession(makeSession({ id: 'none' }), profile)).toBeNull();
  });

  it('scores multisport legs each with its own signal and sums them', () => {
    const profile = makeProfile([
      { key: 'ftp', value: 250, from: jan(2020) },
      { key: 'thresholdRunSpeed', value: 4, from: jan(2020) },
    ]);
    const start = Date.UTC(2024, 5, 1, 6);
    // Bike: 1 h at FTP (100). Run: 30 min at threshold, no altitude (50).
    const streams = makeStreams(5400, { power: (t) => (t < HOUR ? 250 : NaN), speed: (t) => (t < HOUR ? 10 : 4) });
    const leg = (sport: 'cycling' | 'running', offsetS: number, elapsed: number) => ({
      ...makeSession({
        id: 'x',
        sport,
        start: epochMs(start + offsetS * 1000),
        elapsedS: seconds(elapsed),
        movingS: seconds(elapsed),
      }),
      laps: [],
    });
    const session = makeSession({
      id: 'tri',
      sport: 'multisport',
      start: epochMs(start),
      legs: [leg('cycling', 0, HOUR), leg('running', HOUR, 1800)],
      streams,
    });
    const load = scoreSession(session, profile)!;
    expect(load.method).toBe('multisport');
    expect(load.legs!.map((l) => l.load!.method)).toEqual(['power-tss', 'running-tss']);
    expect(load.legs![0]!.load!.value).toBeCloseTo(100, 6);
    expect(load.legs![1]!.load!.value).toBeCloseTo(50, 6);
    expect(load.value).toBeCloseTo(150, 6);
  });
});
