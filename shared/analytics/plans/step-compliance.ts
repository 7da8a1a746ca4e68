// How each step of a structured workout went, when the session's laps are its
// steps (a device running the workout starts a lap at every step).
import type { Lap, Sport, Streams } from '../../model';
import type { Thresholds } from '../profile/types';
import { flattenSteps } from './flatten-steps';
import { type StepRange, stepRange } from './step-range';
import type { PlanItem, PlanStep } from '../../model';

/**
 * The line-up rule: one lap per step, and each lap as long as its step within
 * 10 % or LENGTH_SLACK (whichever is larger), by time for a timed step and by
 * distance for a measured one. A step "until lap" takes any lap.
 */
export const LENGTH_TOLERANCE = 0.1;
export const TIME_SLACK_S = 15;
export const DISTANCE_SLACK_M = 50;

export interface StepCompliance {
  readonly step: PlanStep;
  readonly lap: Lap;
  /** The target on the session's thresholds; null without a target or its threshold. */
  readonly range: StepRange | null;
  /** Seconds of the lap with a sample of the target's channel; null when there is no range or no such channel. */
  readonly recordedS: number | null;
  /** Of those, seconds within the range. */
  readonly inTargetS: number | null;
}

export type WorkoutCompliance =
  | { readonly lined: true; readonly steps: readonly StepCompliance[] }
  /** `why` says in plain words which lap broke the rule. */
  | { readonly lined: false; readonly why: string };

const within = (done: number, planned: number, slack: number) =>
  Math.abs(done - planned) <= Math.max(planned * LENGTH_TOLERANCE, slack);

function misfit(step: PlanStep, lap: Lap): string | null {
  if (step.durationS !== undefined && !within(lap.elapsedS, step.durationS, TIME_SLACK_S))
    return `${Math.round(lap.elapsedS)} s against ${step.durationS} s planned`;
  if (step.distanceM !== undefined && !within(lap.distanceM ?? 0, step.distanceM, DISTANCE_SLACK_M))
    return `${Math.round(lap.distanceM ?? 0)} m against ${step.distanceM} m planned`;
  return null;
}

export function workoutCompliance(
  items: readonly PlanItem[],
  session: { readonly start: number; readonly laps: readonly Lap[]; readonly sport: Sport },
  streams: Streams | undefined,
  t: Thresholds,
): WorkoutCompliance {
  const steps = flattenSteps(items);
  const { laps } = session;
  if (laps.length !== steps.length)
    return { lined: false, why: `${laps.length} laps for ${steps.length} planned steps` };
  for (const [i, step] of steps.entries()) {
    const off = misfit(step, laps[i]!);
    if (off) return { lined: false, why: `lap ${i + 1} lasted ${off}` };
  }
  return {
    lined: true,
    steps: steps.map((step, i) => {
      const lap = laps[i]!;
      const range = step.target ? stepRange(step.target, t) : null;
      const fromS = (lap.start - session.start) / 1000;
      const time = range && streams ? timeInRange(streams, range, fromS, fromS + lap.elapsedS) : null;
      return { step, lap, range, recordedS: time?.recordedS ?? null, inTargetS: time?.inTargetS ?? null };
    }),
  };
}

/** Each sample counts until the next one (or the window's end): seconds with the channel, and within range. */
function timeInRange(streams: Streams, range: StepRange, fromS: number, toS: number) {
  const values = streams[range.channel];
  if (!values) return null;
  const { time } = streams;
  let recordedS = 0;
  let inTargetS = 0;
  for (let i = 0; i < time.length; i++) {
    const at = time[i]!;
    if (at < fromS) continue;
    if (at >= toS) break;
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const dt = Math.min(time[i + 1] ?? toS, toS) - at;
    recordedS += dt;
    if (v >= range.low && v <= range.high) inTargetS += dt;
  }
  return { recordedS, inTargetS };
}
