// FIT workout file -> a structured workout (Garmin FIT profile, messages
// "workout" and "workout_step"; FIT SDK "Workout Files" cookbook). A repeat is
// a step of its own, after the steps it repeats: duration_type
// repeat_until_steps_cmplt, duration_step = the index of the first repeated
// step, target_value (repeat_steps) = how many times in all.
import type { ImportedWorkout, PlanItem, PlanStep, StepIntensity, StepTarget } from '../../shared/model';
import { flattenSteps } from '../../shared/analytics/plans/flatten-steps';
import { mapSport } from './map-sport';
import type { FitFile, FitMessage, FitValue } from './types';

/** workout_hr values above 100 are bpm + 100; 0-100 are % of max HR. workout_power: above 1000 W + 1000, else % FTP. */
export const HR_BPM_OFFSET = 100;
export const POWER_W_OFFSET = 1000;

const INTENSITY: Readonly<Record<string, StepIntensity>> = {
  warmup: 'warmup',
  cooldown: 'cooldown',
  recovery: 'recovery',
  rest: 'recovery',
};

const num = (v: FitValue | undefined): number | null => (typeof v === 'number' ? v : null);
const text = (v: FitValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);

export interface BuiltWorkout {
  readonly workout: ImportedWorkout;
  /** What the file asks for that the plan cannot hold, in plain words. */
  readonly notes: readonly string[];
}

function customRange(m: FitMessage, kind: 'HeartRate' | 'Power' | 'Speed') {
  const low = num(m[`customTarget${kind}Low`]);
  const high = num(m[`customTarget${kind}High`]);
  return low === null || high === null ? null : { low, high };
}

function targetOf(m: FitMessage, n: number, notes: string[]): StepTarget | undefined {
  const type = m.targetType;
  if (type === 'heartRate') {
    const zone = num(m.targetHrZone);
    if (zone) return { kind: 'hr-zone', zone };
    const r = customRange(m, 'HeartRate');
    if (r && r.low > HR_BPM_OFFSET) return { kind: 'hr', low: r.low - HR_BPM_OFFSET, high: r.high - HR_BPM_OFFSET };
    if (r) notes.push(`step ${n}: a heart rate target as % of maximum HR was left out`);
  } else if (type === 'power') {
    const zone = num(m.targetPowerZone);
    if (zone) return { kind: 'power-zone', zone };
    const r = customRange(m, 'Power');
    if (r && r.low > POWER_W_OFFSET)
      return { kind: 'power', low: r.low - POWER_W_OFFSET, high: r.high - POWER_W_OFFSET };
    if (r) return { kind: 'ftp', low: r.low / 100, high: r.high / 100 };
  } else if (type === 'speed') {
    const r = customRange(m, 'Speed');
    if (r) return { kind: 'pace', low: r.low, high: r.high };
    notes.push(`step ${n}: a speed zone target was left out (speed zones are the device's own)`);
  } else if (type !== undefined && type !== 'open') {
    notes.push(`step ${n}: a ${String(type)} target was left out`);
  }
  return undefined;
}

function stepOf(m: FitMessage, n: number, notes: string[]): PlanStep {
  const seconds = m.durationType === 'time' ? num(m.durationTime) : null;
  const metres = m.durationType === 'distance' ? num(m.durationDistance) : null;
  if (seconds === null && metres === null && m.durationType !== 'open' && m.durationType !== undefined)
    notes.push(`step ${n} ends on ${String(m.durationType)}; it is kept as "until lap"`);
  const target = targetOf(m, n, notes);
  const label = text(m.wktStepName) ?? text(m.notes);
  return {
    ...(seconds !== null && { durationS: seconds }),
    ...(metres !== null && { distanceM: metres }),
    ...(target && { target }),
    intensity: INTENSITY[String(m.intensity)] ?? 'work',
    ...(label !== null && { label }),
  };
}

/** The workout in a FIT file of type workout, or null when it has no steps. */
export function buildWorkout(fit: FitFile, file: string, contentHash: string): BuiltWorkout | null {
  const header = fit.messages.workout?.[0] ?? {};
  const messages = fit.messages.workoutStep ?? [];
  if (messages.length === 0) return null;
  const notes: string[] = [];
  const items: PlanItem[] = [];
  // Where each FIT step index landed in `items`, for repeats pointing back.
  const position: number[] = [];
  for (const [i, m] of messages.entries()) {
    position.push(items.length);
    if (m.durationType !== 'repeatUntilStepsCmplt') {
      items.push(stepOf(m, i + 1, notes));
      continue;
    }
    const from = position[num(m.durationStep) ?? -1];
    const times = num(m.repeatSteps);
    if (from === undefined || from >= items.length || !times) {
      notes.push(`step ${i + 1} repeats steps that are not before it; it was left out`);
      continue;
    }
    items.push({ times, steps: flattenSteps(items.splice(from)) });
  }
  const workout: ImportedWorkout = {
    file,
    contentHash,
    title: text(header.wktName),
    sport: mapSport(text(header.sport), text(header.subSport)),
    steps: items,
  };
  return { workout, notes };
}
