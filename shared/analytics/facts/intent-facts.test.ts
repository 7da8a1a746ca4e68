import { describe, expect, it } from 'vitest';
import { bpm, meters, seconds, watts, type Lap } from '../../model';
import { blankSummary } from '../../../tests/support/sessions';
import { sessionCompliance } from '../plans/compliance';
import type { PlannedSession } from '../plans/types';
import { intentFacts } from './intent-facts';
import type { SessionRecord } from './types';

const PLAN: PlannedSession = {
  id: 'p1',
  date: '2024-06-08',
  sport: 'cycling',
  targetDurationS: 1800,
  targetLoad: 40,
  steps: [
    { label: 'Warm-up', durationS: 600, target: { kind: 'hr', low: 110, high: 130 } },
    { label: 'Threshold', durationS: 900, target: { kind: 'power', low: 240, high: 260 } },
    { label: 'Cool-down', durationS: 300 },
  ],
};

const lap = (movingS: number, avgPowerW: number, avgHr: number): Lap => ({
  ...blankSummary({ movingS: seconds(movingS), avgPowerW: watts(avgPowerW), avgHr: bpm(avgHr) }),
  trigger: 'manual',
});

const SESSION: SessionRecord = {
  id: 'ride',
  day: 0,
  sport: 'cycling',
  movingS: 1830,
  distanceM: meters(15000),
  avgHr: bpm(140),
  avgSpeed: null,
  avgPowerW: watts(220),
  load: { value: 46.4, method: 'power-tss', basis: 'NP 230 W over 0:30:30 at FTP 250 W', estimated: false },
};

function facts(laps: readonly Lap[], plan: PlannedSession = PLAN) {
  const done = { id: 'ride', day: 0, sport: 'cycling' as const, movingS: 1830, distanceM: 15000, load: 46.4 };
  return intentFacts({ plan, compliance: sessionCompliance(plan, done), session: SESSION, laps, units: 'metric' });
}

describe('a session against its plan', () => {
  it('states what was meant and what was done for each target, then how far they agree', () => {
    expect(facts([]).map((f) => [f.id, f.label, f.sessionIds])).toEqual([
      ['plan.p1.duration', 'Planned cycling on 2024-06-08: 30 min; done 31 min moving, 102% of it', ['ride']],
      ['plan.p1.load', 'Planned cycling on 2024-06-08: load 40; done 46, 116% of it', ['ride']],
      ['plan.p1.compliance', 'Against its plan on duration: done as planned (within 20% of the target)', ['ride']],
      ['plan.p1.step.1', 'Planned step 1 of 3: Warm-up 0:10:00 at 110-130 bpm', ['ride']],
      ['plan.p1.step.2', 'Planned step 2 of 3: Threshold 0:15:00 at 240-260 W', ['ride']],
      ['plan.p1.step.3', 'Planned step 3 of 3: Cool-down 0:05:00', ['ride']],
    ]);
  });

  it('reads each lap against its step when the laps follow the steps one to one', () => {
    const labels = facts([lap(600, 150, 125), lap(900, 271, 165), lap(330, 120, 120)]).map((f) => f.label);
    expect(labels.slice(3)).toEqual([
      'Planned step 1 of 3: Warm-up 0:10:00 at 110-130 bpm; lap 1: 0:10:00, average 125 bpm, within the target',
      'Planned step 2 of 3: Threshold 0:15:00 at 240-260 W; lap 2: 0:15:00, average 271 W, above the target',
      'Planned step 3 of 3: Cool-down 0:05:00; lap 3: 0:05:30',
    ]);
  });

  it('writes a pace target as the sport reads it, faster or slower than planned', () => {
    const run: PlannedSession = {
      id: 'p2',
      date: '2024-06-08',
      sport: 'running',
      steps: [{ durationS: 1200, target: { kind: 'pace', low: 1000 / 300, high: 1000 / 280 } }],
    };
    const fast = { ...lap(1200, 0, 150), avgPowerW: null, avgSpeed: 1000 / 270 } as Lap;
    const labels = facts([fast], run).map((f) => f.label);
    expect(labels).toEqual([
      'Against its plan: done as planned (within 20% of the target)',
      'Planned step 1 of 1: 0:20:00 at 5:00 /km to 4:40 /km; lap 1: 0:20:00, average 4:30 /km, faster than the target',
    ]);
  });
});
