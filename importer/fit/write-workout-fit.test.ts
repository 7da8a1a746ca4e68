// A planned workout written as a FIT workout file, read back by the Garmin SDK,
// by fit-file-parser and by our own reader: the same steps each time.
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { thresholdsAt } from '../../shared/analytics/profile/thresholds-at';
import type { PlanItem } from '../../shared/model';
import { encodeFit } from './encode-fit';
import { parseFit } from './parse-fit';
import { writeWorkoutFit } from './write-workout-fit';

const CREATED = Date.UTC(2026, 11, 2, 8);
const LTHR_170 = thresholdsAt({ sex: null, thresholds: [{ key: 'thresholdHr', value: 170, from: 0 }] }, CREATED);
const NO_THRESHOLDS = thresholdsAt({ sex: null, thresholds: [] }, CREATED);

const STEPS: PlanItem[] = [
  { durationS: 600, target: { kind: 'ftp', low: 0.5, high: 0.6 }, intensity: 'warmup', label: 'Spin up' },
  {
    times: 3,
    steps: [
      { durationS: 300, target: { kind: 'power', low: 250, high: 270 }, intensity: 'work' },
      { durationS: 180, target: { kind: 'threshold-hr', low: 0.7, high: 0.8 }, intensity: 'recovery' },
    ],
  },
  { distanceM: 2000, target: { kind: 'hr-zone', zone: 2 }, intensity: 'work' },
  { target: { kind: 'power-zone', zone: 1 }, intensity: 'cooldown' },
];
const WORKOUT = { title: 'Over-unders', sport: 'cycling' as const, steps: STEPS };

describe('writeWorkoutFit', () => {
  const { bytes, notes } = writeWorkoutFit(WORKOUT, LTHR_170, CREATED);

  it('writes a file the Garmin SDK accepts whole: file_id workout, the workout, its steps and the repeat', () => {
    const decoder = new Decoder(Stream.fromByteArray([...bytes]));
    expect(decoder.checkIntegrity()).toBe(true);
    const { messages, errors } = decoder.read();
    expect(errors).toEqual([]);
    expect(notes).toEqual([]);
    expect(messages.fileIdMesgs).toEqual([
      { type: 'workout', manufacturer: 'development', product: 0, timeCreated: new Date(CREATED) },
    ]);
    expect(messages.workoutMesgs).toEqual([{ wktName: 'Over-unders', sport: 'cycling', numValidSteps: 6 }]);
    const steps = (messages.workoutStepMesgs ?? []).map((s) => ({
      i: s.messageIndex,
      name: s.wktStepName,
      duration: [s.durationType, s.durationTime ?? s.durationDistance ?? s.durationStep],
      target: [
        s.targetType,
        s.targetPowerZone ?? s.targetHrZone ?? s.repeatSteps,
        s.customTargetValueLow,
        s.customTargetValueHigh,
      ],
      intensity: s.intensity,
    }));
    expect(steps).toEqual([
      { i: 0, name: 'Spin up', duration: ['time', 600], target: ['power', 0, 50, 60], intensity: 'warmup' },
      { i: 1, name: undefined, duration: ['time', 300], target: ['power', 0, 1250, 1270], intensity: 'active' },
      // 70-80 % of a 170 bpm threshold: 119-136 bpm, written as bpm + 100.
      { i: 2, name: undefined, duration: ['time', 180], target: ['heartRate', 0, 219, 236], intensity: 'recovery' },
      {
        i: 3,
        name: undefined,
        duration: ['repeatUntilStepsCmplt', 1],
        target: ['open', 3, undefined, undefined],
        intensity: undefined,
      },
      {
        i: 4,
        name: undefined,
        duration: ['distance', 2000],
        target: ['heartRate', 2, undefined, undefined],
        intensity: 'active',
      },
      {
        i: 5,
        name: undefined,
        duration: ['open', undefined],
        target: ['power', 1, undefined, undefined],
        intensity: 'cooldown',
      },
    ]);
  });

  it('reads back the same in fit-file-parser', async () => {
    const parsed = await new FitParser({ force: false, mode: 'list' }).parseAsync(Buffer.from(bytes));
    expect(parsed.messages?.workout).toEqual([{ wkt_name: 'Over-unders', sport: 'cycling', num_valid_steps: 6 }]);
    expect(parsed.messages?.workout_step?.map((s) => [s.duration_type, s.duration_value, s.target_type])).toEqual([
      ['time', 600_000, 'power'],
      ['time', 300_000, 'power'],
      ['time', 180_000, 'heart_rate'],
      ['repeat_until_steps_cmplt', 1, 'open'],
      ['distance', 200_000, 'heart_rate'],
      ['open', undefined, 'power'],
    ]);
  });

  it('round-trips through our own reader to the same plan, % threshold HR as the bpm it stood for', () => {
    const read = parseFit(bytes, 'over-unders.fit', 'h');
    expect(read.errors).toEqual([]);
    expect(read.warnings).toEqual([]);
    const repeat = STEPS[1] as Extract<PlanItem, { times: number }>;
    expect(read.workouts?.[0]).toEqual({
      file: 'over-unders.fit',
      contentHash: 'h',
      title: 'Over-unders',
      sport: 'cycling',
      steps: [
        STEPS[0],
        { times: 3, steps: [repeat.steps[0], { ...repeat.steps[1], target: { kind: 'hr', low: 119, high: 136 } }] },
        STEPS[2],
        STEPS[3],
      ],
    });
  });

  it('leaves out a % threshold HR target when no threshold HR is set, and says so', () => {
    expect(writeWorkoutFit(WORKOUT, NO_THRESHOLDS, CREATED).notes).toEqual([
      'step 3: its heart rate target (% of threshold HR) was left out: set your threshold HR to keep it',
    ]);
  });
});

describe('encodeFit', () => {
  it('names what the profile does not know', () => {
    expect(() => encodeFit([{ message: 'workoutStep', fields: { durationType: 'forever' } }])).toThrow(
      'FIT workoutStep.durationType has no value "forever" (type wktStepDuration)',
    );
    expect(() => encodeFit([{ message: 'workout', fields: { colour: 1 } }])).toThrow(
      'FIT message "workout" has no field "colour"',
    );
  });
});
