import { describe, expect, it } from 'vitest';
import { scoreSession, type AthleteProfile, type LoadOptions, type LoadScore } from '../../shared/analytics';
import { makeProfile, makeSession, makeStreams } from '../../shared/analytics/test-support';
import { bpm, epochMs, meters, seconds, watts, type Session } from '../../shared/model';
import { scoreStoredSession } from './session-row';
import { toSessionRow } from './session-row';

const HOUR = 3600;
const FROM = Date.UTC(2020, 0, 1);
const START = Date.UTC(2024, 5, 1, 6);

const ftp = { key: 'ftp', value: 250, from: FROM } as const;
const runPace = { key: 'thresholdRunSpeed', value: 4, from: FROM } as const;
const hrRange = [
  { key: 'maxHr', value: 190, from: FROM },
  { key: 'restHr', value: 50, from: FROM },
] as const;
const lthr = { key: 'thresholdHr', value: 160, from: FROM } as const;

/** What the detail shows (scoreSession with the samples) and what Today shows (the stored row alone). */
function bothWays(
  session: Session,
  profile: AthleteProfile,
  options: LoadOptions = {},
): { detail: LoadScore | null; stored: LoadScore | null } {
  return {
    detail: scoreSession(session, profile, options),
    stored: scoreStoredSession(toSessionRow(session, [], 0).row, profile, options),
  };
}

/** Equal in every word; the value to 9 decimals (TRIMP sums its seconds in another order). */
function expectSameLoad(stored: LoadScore | null, detail: LoadScore | null): void {
  if (detail === null) return void expect(stored).toBeNull();
  expect(stored).not.toBeNull();
  const { value, legs, ...words } = stored!;
  const { value: detailValue, legs: detailLegs, ...detailWords } = detail;
  expect(words).toEqual(detailWords);
  expect(value).toBeCloseTo(detailValue, 9);
  expect(legs?.length).toBe(detailLegs?.length);
  for (const [i, leg] of (legs ?? []).entries()) expectSameLoad(leg.load, detailLegs![i]!.load);
}

// Every branch of scoreSummary and scoreSession, each with samples where the branch reads them.
const CASES: readonly {
  name: string;
  session: Session;
  profile: AthleteProfile;
  options?: LoadOptions;
  method: string | null;
}[] = [
  {
    name: 'a ride with power samples: NP, not the average',
    session: makeSession({
      id: 'intervals',
      avgPowerW: watts(225),
      streams: makeStreams(HOUR, { power: (t) => (t % 600 < 300 ? 300 : 150) }),
    }),
    profile: makeProfile([ftp]),
    method: 'power-tss',
  },
  {
    name: 'a ride with under 30 s of power, scored from heart-rate samples',
    session: makeSession({
      id: 'short-power',
      streams: makeStreams(HOUR, { power: (t) => (t < 20 ? 200 : NaN), heartRate: (t) => 120 + (t % 40) }),
    }),
    profile: makeProfile([ftp, ...hrRange, lthr]),
    method: 'hr-tss',
  },
  {
    name: 'a ride with no FTP: heart-rate samples at an estimated threshold HR',
    session: makeSession({
      id: 'no-ftp',
      streams: makeStreams(HOUR, { power: () => 200, heartRate: (t) => 130 + (t % 25) }),
    }),
    profile: makeProfile([...hrRange]),
    method: 'hr-tss',
  },
  {
    name: 'a ride without samples: average power',
    session: makeSession({ id: 'summary-ride', avgPowerW: watts(200) }),
    profile: makeProfile([ftp]),
    method: 'power-tss',
  },
  {
    name: 'a hilly run: grade-adjusted pace',
    session: makeSession({
      id: 'hilly',
      sport: 'running',
      streams: makeStreams(HOUR, { speed: () => 3.8, altitude: (t) => 100 + 20 * Math.sin(t / 300) }),
    }),
    profile: makeProfile([runPace]),
    method: 'running-tss-gap',
  },
  {
    name: 'a run without altitude: pace',
    session: makeSession({
      id: 'flat',
      sport: 'running',
      streams: makeStreams(1800, { speed: (t) => (t % 120 < 60 ? 4.2 : 3.5) }),
    }),
    profile: makeProfile([runPace]),
    method: 'running-tss',
  },
  {
    name: 'a run without samples: average speed',
    session: makeSession({ id: 'summary-run', sport: 'running', distanceM: meters(12_000) }),
    profile: makeProfile([runPace]),
    method: 'running-tss',
  },
  {
    name: 'a swim: distance over moving time',
    session: makeSession({
      id: 'swim',
      sport: 'swimming',
      distanceM: meters(3000),
      streams: makeStreams(HOUR, { heartRate: () => 140 }),
    }),
    profile: makeProfile([{ key: 'swimCss', value: 1.2, from: FROM }]),
    method: 'swim-tss',
  },
  {
    name: 'rowing with heart rate recorded every 5 s (interpolated seconds), as TRIMP',
    session: makeSession({
      id: 'row',
      sport: 'rowing',
      streams: makeStreams(720, { heartRate: (t) => 110 + ((t * 7) % 61) }, 5),
    }),
    profile: makeProfile([...hrRange]),
    options: { hrMethod: 'trimp' },
    method: 'trimp',
  },
  {
    name: 'rowing with average heart rate only',
    session: makeSession({ id: 'row-avg', sport: 'rowing', avgHr: bpm(150) }),
    profile: makeProfile([...hrRange]),
    method: 'hr-tss',
  },
  {
    name: 'yoga with an RPE only',
    session: makeSession({ id: 'yoga', sport: 'other', rpe: 4 }),
    profile: makeProfile([]),
    method: 'session-rpe',
  },
  {
    name: 'a ride nothing can score',
    session: makeSession({ id: 'nothing', streams: makeStreams(600, { power: () => 200 }) }),
    profile: makeProfile([]),
    method: null,
  },
  {
    name: 'a multisport session: each leg on its own slice of the samples',
    session: makeSession({
      id: 'tri',
      sport: 'multisport',
      start: epochMs(START),
      legs: [
        {
          ...makeSession({ id: 'bike', start: epochMs(START), elapsedS: seconds(HOUR), movingS: seconds(HOUR) }),
          laps: [],
        },
        {
          ...makeSession({
            id: 'run',
            sport: 'running',
            start: epochMs(START + HOUR * 1000),
            elapsedS: seconds(1800),
            movingS: seconds(1800),
          }),
          laps: [],
        },
      ],
      streams: makeStreams(5400, {
        power: (t) => (t < HOUR ? 230 + (t % 60) : NaN),
        speed: (t) => (t < HOUR ? 10 : 4),
      }),
    }),
    profile: makeProfile([ftp, runPace]),
    method: 'multisport',
  },
];

describe('scoring a stored row gives the detail’s load', () => {
  for (const { name, session, profile, options, method } of CASES) {
    it(name, () => {
      const { detail, stored } = bothWays(session, profile, options);
      expect(detail?.method ?? null).toBe(method);
      expectSameLoad(stored, detail);
    });
  }

  it('scores intervals at 300 W and 150 W by their NP, above what the 225 W average gives', () => {
    const { detail, stored } = bothWays(CASES[0]!.session, CASES[0]!.profile);
    // The average would give 1 h x (225/250)^2 x 100 = 81; NP weighs the hard halves more.
    expect(stored!.value).toBeGreaterThan(81.5);
    expect(stored!.basis).toBe(detail!.basis);
    expect(stored!.basis).toMatch(/^NP 2\d\d W over 3600 s at FTP 250 W$/);
  });

  it('scores a row stored before its inputs were kept from its summary, as a session without samples', () => {
    const session = CASES[0]!.session;
    const { loadInputs: _notYet, ...row } = toSessionRow(session, [], 0).row;
    const { streams: _none, ...summaryOnly } = session;
    expectSameLoad(scoreStoredSession(row, CASES[0]!.profile), scoreSession(summaryOnly, CASES[0]!.profile));
    // 1 h at an average 225 W against FTP 250: (225/250)^2 x 100 = 81.
    expect(scoreStoredSession(row, CASES[0]!.profile)!.value).toBeCloseTo(81, 9);
  });
});
