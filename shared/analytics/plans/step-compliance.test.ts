import { describe, expect, it } from 'vitest';
import { epochMs, type Lap, seconds } from '../../model';
import { thresholdsAt } from '../profile/thresholds-at';
import { makeProfile, makeSession, makeStreams } from '../test-support';
import { workoutCompliance } from './step-compliance';
import type { PlanItem } from '../../model';

const START = Date.UTC(2024, 5, 3, 6);
const T = thresholdsAt(makeProfile([{ key: 'ftp', value: 250, from: 0 }]), START);
const ftp = (low: number, high: number) => ({ kind: 'ftp' as const, low, high });

/** 5 min easy, 2 x (2 min at 100-110 % FTP, 1 min at 50-60 %), 5 min easy: 6 steps, 960 s. */
const PLAN: PlanItem[] = [
  { durationS: 300, target: ftp(0.5, 0.6), intensity: 'warmup' },
  {
    times: 2,
    steps: [
      { durationS: 120, target: ftp(1, 1.1), intensity: 'work' },
      { durationS: 60, target: ftp(0.5, 0.6), intensity: 'recovery' },
    ],
  },
  { durationS: 300, target: ftp(0.5, 0.6), intensity: 'cooldown' },
];

const lap = (fromS: number, elapsedS: number): Lap => ({
  ...makeSession({ id: 'lap', start: epochMs(START + fromS * 1000), elapsedS: seconds(elapsedS) }),
  trigger: 'manual',
});
const lapsOf = (lengths: readonly number[]) =>
  lengths.map((s, i) =>
    lap(
      lengths.slice(0, i).reduce((a, b) => a + b, 0),
      s,
    ),
  );

// Warm-up 140 W (in 125-150); first effort 100 s at 260 W then 20 s at 240 W (under 250);
// recovery 130 W; second effort 280 W (over 275); cool-down 100 W (under 125).
const watts = (t: number) => {
  if (t < 300) return 140;
  if (t < 400) return 260;
  if (t < 420) return 240;
  if (t < 480) return 130;
  if (t < 600) return 280;
  if (t < 660) return 130;
  return 100;
};
const STREAMS = makeStreams(960, { power: watts });
const session = (laps: readonly Lap[]) => ({ start: START, laps, sport: 'cycling' as const });

describe('workoutCompliance', () => {
  it('times each step in its target when the laps are the steps', () => {
    const result = workoutCompliance(PLAN, session(lapsOf([300, 120, 60, 120, 60, 300])), STREAMS, T);
    if (!result.lined) throw new Error(result.why);
    expect(result.steps.map((s) => [s.inTargetS, s.recordedS])).toEqual([
      [300, 300],
      [100, 120],
      [60, 60],
      [0, 120],
      [60, 60],
      [0, 300],
    ]);
    expect(result.steps[1]!.range).toEqual({ channel: 'power', low: 250, high: 275 });
  });

  it('accepts a lap within 15 s of a short step, and says which lap does not line up', () => {
    expect(workoutCompliance(PLAN, session(lapsOf([300, 134, 46, 120, 60, 300])), STREAMS, T).lined).toBe(true);
    expect(workoutCompliance(PLAN, session(lapsOf([300, 150, 30, 120, 60, 300])), STREAMS, T)).toEqual({
      lined: false,
      why: 'lap 2 lasted 150 s against 120 s planned',
    });
    expect(workoutCompliance(PLAN, session(lapsOf([300, 180, 180, 300])), STREAMS, T)).toEqual({
      lined: false,
      why: '4 laps for 6 planned steps',
    });
  });

  it('has no time in target without the channel or the threshold', () => {
    const noPower = makeStreams(960, { heartRate: () => 140 });
    const laps = lapsOf([300, 120, 60, 120, 60, 300]);
    const result = workoutCompliance(PLAN, session(laps), noPower, T);
    expect(result.lined && result.steps.map((s) => s.inTargetS)).toEqual([null, null, null, null, null, null]);
    const noFtp = workoutCompliance(PLAN, session(laps), STREAMS, thresholdsAt(makeProfile([]), START));
    expect(noFtp.lined && noFtp.steps.map((s) => s.range)).toEqual([null, null, null, null, null, null]);
  });
});
