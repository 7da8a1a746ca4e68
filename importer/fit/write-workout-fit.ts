// A planned workout -> a FIT workout file a Garmin or Wahoo device loads (FIT
// SDK "Workout Files" cookbook): file_id of type workout, one workout message,
// then a workout_step per step, each repeat written after its steps as a step
// of type repeat_until_steps_cmplt pointing back to the first of them.
import { stepRange, type Thresholds } from '../../shared/analytics';
import { isRepeat, type PlanStep, type Sport, type StepIntensity } from '../../shared/model';
import { HR_BPM_OFFSET, POWER_W_OFFSET } from './build-workout';
import { encodeFit, type OutMessage } from './encode-fit';
import { msToFitTime } from './time';

export interface WorkoutToWrite {
  readonly title?: string;
  readonly sport: Sport;
  readonly steps: readonly (PlanStep | { readonly times: number; readonly steps: readonly PlanStep[] })[];
}

export interface WrittenWorkout {
  readonly bytes: Uint8Array;
  /** Targets a device cannot take, left out, in plain words. */
  readonly notes: readonly string[];
}

const FIT_SPORT: Partial<Record<Sport, string>> = {
  running: 'running',
  cycling: 'cycling',
  swimming: 'swimming',
  walking: 'walking',
  hiking: 'hiking',
  rowing: 'rowing',
  cross_country_skiing: 'crossCountrySkiing',
  training: 'training',
};

const FIT_INTENSITY: Readonly<Record<StepIntensity, string>> = {
  warmup: 'warmup',
  work: 'active',
  recovery: 'recovery',
  cooldown: 'cooldown',
};

type Fields = Record<string, number | string>;

function lengthFields(step: PlanStep): Fields {
  if (step.durationS !== undefined) return { durationType: 'time', durationTime: step.durationS };
  if (step.distanceM !== undefined) return { durationType: 'distance', durationDistance: step.distanceM };
  return { durationType: 'open' };
}

const custom = (type: string, key: string, low: number, high: number): Fields => ({
  targetType: type,
  targetValue: 0,
  [`customTarget${key}Low`]: low,
  [`customTarget${key}High`]: high,
});

/** FIT keeps power as % FTP (0-1000) or W + 1000, heart rate as bpm + 100; % threshold HR becomes bpm on the day's threshold. */
function targetFields(step: PlanStep, n: number, t: Thresholds, notes: string[]): Fields {
  const target = step.target;
  if (!target) return { targetType: 'open' };
  switch (target.kind) {
    case 'ftp':
      return custom('power', 'Power', Math.round(target.low * 100), Math.round(target.high * 100));
    case 'power':
      return custom(
        'power',
        'Power',
        Math.round(target.low) + POWER_W_OFFSET,
        Math.round(target.high) + POWER_W_OFFSET,
      );
    case 'power-zone':
      return { targetType: 'power', targetPowerZone: target.zone };
    case 'hr':
      return custom(
        'heartRate',
        'HeartRate',
        Math.round(target.low) + HR_BPM_OFFSET,
        Math.round(target.high) + HR_BPM_OFFSET,
      );
    case 'hr-zone':
      return { targetType: 'heartRate', targetHrZone: target.zone };
    case 'pace':
      return custom('speed', 'Speed', target.low, target.high);
    case 'threshold-hr': {
      const range = stepRange(target, t);
      if (range) return targetFields({ target: { kind: 'hr', low: range.low, high: range.high } }, n, t, notes);
      notes.push(`step ${n}: its heart rate target (% of threshold HR) was left out: set your threshold HR to keep it`);
      return { targetType: 'open' };
    }
  }
}

/** FIT bytes of the workout; `t` are the thresholds of its day, `createdAt` goes in file_id. */
export function writeWorkoutFit(workout: WorkoutToWrite, t: Thresholds, createdAt: number): WrittenWorkout {
  const notes: string[] = [];
  const steps: OutMessage[] = [];
  const put = (step: PlanStep) => {
    const fields: Fields = {
      messageIndex: steps.length,
      ...(step.label && { wktStepName: step.label }),
      ...lengthFields(step),
      ...targetFields(step, steps.length + 1, t, notes),
      intensity: FIT_INTENSITY[step.intensity ?? 'work'],
    };
    steps.push({ message: 'workoutStep', fields });
  };
  for (const item of workout.steps) {
    if (!isRepeat(item)) {
      put(item);
      continue;
    }
    const first = steps.length;
    item.steps.forEach(put);
    steps.push({
      message: 'workoutStep',
      fields: {
        messageIndex: steps.length,
        durationType: 'repeatUntilStepsCmplt',
        durationStep: first,
        targetType: 'open',
        repeatSteps: item.times,
      },
    });
  }
  const bytes = encodeFit([
    {
      message: 'fileId',
      fields: {
        type: 'workout',
        manufacturer: 'development',
        product: 0,
        timeCreated: msToFitTime(createdAt),
      },
    },
    {
      message: 'workout',
      fields: {
        ...(workout.title && { wktName: workout.title }),
        sport: FIT_SPORT[workout.sport] ?? 'generic',
        numValidSteps: steps.length,
      },
    },
    ...steps,
  ]);
  return { bytes, notes };
}
