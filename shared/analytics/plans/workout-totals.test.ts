import { describe, expect, it } from 'vitest';
import { thresholdsAt } from '../profile/thresholds-at';
import type { ThresholdKey } from '../profile/types';
import { makeProfile } from '../test-support';
import { flattenSteps } from './flatten-steps';
import { stepRange, targetIntensity } from './step-range';
import type { PlanItem } from '../../model';
import { workoutTotals } from './workout-totals';
import { withStepTargets } from './step-targets';

const thresholds = (values: Partial<Record<ThresholdKey, number>>) =>
  thresholdsAt(
    makeProfile(Object.entries(values).map(([key, value]) => ({ key: key as ThresholdKey, value, from: 0 }))),
    1,
  );

const atFtp = (minutes: number, fraction: number) => ({
  durationS: minutes * 60,
  target: { kind: 'ftp' as const, low: fraction, high: fraction },
});

/** 10 min at 50 % FTP, 3 x (5 min at 105 %, 3 min at 55 %), 10 min at 50 %. */
const SWEET_INTERVALS: PlanItem[] = [
  { ...atFtp(10, 0.5), intensity: 'warmup' },
  {
    times: 3,
    steps: [
      { ...atFtp(5, 1.05), intensity: 'work' },
      { ...atFtp(3, 0.55), intensity: 'recovery' },
    ],
  },
  { ...atFtp(10, 0.5), intensity: 'cooldown' },
];

describe('flattenSteps', () => {
  it('writes a repeat out in the order it is ridden', () => {
    expect(flattenSteps(SWEET_INTERVALS).map((s) => s.durationS)).toEqual([600, 300, 180, 300, 180, 300, 180, 600]);
  });
});

describe('stepRange', () => {
  it('turns zones of the day into bpm and watts; the open top zone runs 10 % above its floor', () => {
    const t = thresholds({ ftp: 200, thresholdHr: 170 });
    const zone2 = stepRange({ kind: 'hr-zone', zone: 2 }, t)!;
    expect(zone2.channel).toBe('heartRate');
    expect([zone2.low, zone2.high].map((bpm) => bpm.toFixed(1))).toEqual(['115.6', '141.1']);
    expect(stepRange({ kind: 'power-zone', zone: 7 }, t)).toEqual({ channel: 'power', low: 300, high: 330 });
    expect(stepRange({ kind: 'ftp', low: 0.9, high: 1 }, t)).toEqual({ channel: 'power', low: 180, high: 200 });
    expect(stepRange({ kind: 'hr-zone', zone: 6 }, t)).toBeNull();
    expect(stepRange({ kind: 'ftp', low: 0.9, high: 1 }, thresholds({}))).toBeNull();
  });
});

describe('targetIntensity', () => {
  it('is the middle of the range over the threshold, and needs no threshold for a percentage', () => {
    const t = thresholds({ ftp: 250, thresholdRunSpeed: 4 });
    expect(targetIntensity({ kind: 'ftp', low: 1, high: 1.1 }, thresholds({}), 'cycling')).toBeCloseTo(1.05, 10);
    expect(targetIntensity({ kind: 'power', low: 200, high: 250 }, t, 'cycling')).toBe(0.9);
    expect(targetIntensity({ kind: 'pace', low: 3, high: 3.4 }, t, 'running')).toBe(0.8);
    expect(targetIntensity({ kind: 'power', low: 200, high: 250 }, thresholds({}), 'cycling')).toBeNull();
  });
});

describe('workoutTotals', () => {
  it('scores intervals at % FTP by power TSS per step: (300 + 3 x (330.75 + 54.45)) / 36', () => {
    const totals = workoutTotals(SWEET_INTERVALS, 'cycling', thresholds({ ftp: 250 }));
    expect(totals.durationS).toBe(2640);
    expect(totals.distanceM).toBeNull();
    expect(totals.load).toBeCloseTo(1455.6 / 36, 10); // 40.43
  });

  it('gives the same load from the same watts as a power range', () => {
    const inWatts: PlanItem[] = [{ durationS: 3600, target: { kind: 'power', low: 190, high: 210 } }];
    expect(workoutTotals(inWatts, 'cycling', thresholds({ ftp: 200 })).load).toBeCloseTo(100, 10);
  });

  it('turns a run distance into time at the pace asked, and time into distance', () => {
    const run: PlanItem[] = [
      { distanceM: 2000, target: { kind: 'pace', low: 3.8, high: 4.2 } },
      { durationS: 600, target: { kind: 'pace', low: 3, high: 3.4 } },
    ];
    const totals = workoutTotals(run, 'running', thresholds({ thresholdRunSpeed: 4 }));
    expect(totals.durationS).toBe(1100);
    expect(totals.distanceM).toBe(3920);
    expect(totals.load).toBeCloseTo((500 + 600 * 0.64) / 36, 10); // 24.56
  });

  it('scores an hour at threshold heart rate 100 hrTSS', () => {
    const hour: PlanItem[] = [{ durationS: 3600, target: { kind: 'threshold-hr', low: 1, high: 1 } }];
    const t = thresholds({ thresholdHr: 170, restHr: 50, maxHr: 190 });
    expect(workoutTotals(hour, 'running', t).load).toBeCloseTo(100, 10);
    expect(workoutTotals(hour, 'running', thresholds({ thresholdHr: 170 })).load).toBeNull();
  });

  it('leaves what cannot be known ahead unknown', () => {
    const t = thresholds({ ftp: 250 });
    const untilLap: PlanItem[] = [atFtp(10, 0.5), { target: { kind: 'ftp', low: 0.5, high: 0.6 } }];
    expect(workoutTotals(untilLap, 'cycling', t)).toEqual({ durationS: null, distanceM: null, load: null });
    expect(workoutTotals([{ durationS: 600 }], 'cycling', t)).toEqual({ durationS: 600, distanceM: null, load: null });
    expect(workoutTotals(SWEET_INTERVALS, 'cycling', thresholds({})).load).toBeNull();
  });
});

describe('withStepTargets', () => {
  it("sets the plan's duration and rounded load from its steps on the thresholds of its day", () => {
    const profile = makeProfile([
      { key: 'ftp', value: 200, from: 0 },
      { key: 'ftp', value: 250, from: Date.UTC(2024, 5, 1) },
    ]);
    const plan = { id: 'p', date: '2024-06-03', sport: 'cycling' as const, steps: SWEET_INTERVALS, targetDistanceM: 9 };
    expect(withStepTargets(plan, profile)).toEqual({
      id: 'p',
      date: '2024-06-03',
      sport: 'cycling',
      steps: SWEET_INTERVALS,
      targetDurationS: 2640,
      targetLoad: 40,
    });
    expect(withStepTargets({ ...plan, steps: [] }, profile)).toEqual({ ...plan, steps: [] });
  });
});
