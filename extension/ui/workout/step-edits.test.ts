import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../shared/model';
import { addRepeat, addStep, moveAt, NEW_REPEAT, NEW_STEP, removeAt, updateStep, setTimes } from './step-edits';

const warm: PlanItem = { durationS: 600, intensity: 'warmup' };
const cool: PlanItem = { durationS: 600, intensity: 'cooldown' };

describe('step edits', () => {
  it('adds steps and repeats at the end, and steps inside a repeat', () => {
    const items = addRepeat(addStep([warm]));
    expect(items).toEqual([warm, NEW_STEP, NEW_REPEAT]);
    expect(addStep(items, 2)[2]).toEqual({ times: 3, steps: [...NEW_REPEAT.steps, NEW_STEP] });
  });

  it('moves a step within its own list and stops at the ends', () => {
    const items = [warm, NEW_REPEAT, cool];
    expect(moveAt(items, { item: 2 }, -1)).toEqual([warm, cool, NEW_REPEAT]);
    expect(moveAt(items, { item: 0 }, -1)).toEqual(items);
    expect(moveAt(items, { item: 1, inner: 0 }, 1)[1]).toEqual({ times: 3, steps: [...NEW_REPEAT.steps].reverse() });
  });

  it('removes a step, and a repeat with its last step', () => {
    const items = [warm, { times: 2, steps: [cool] }];
    expect(removeAt(items, { item: 0 })).toEqual([{ times: 2, steps: [cool] }]);
    expect(removeAt(items, { item: 1, inner: 0 })).toEqual([warm]);
  });

  it('changes a step and sets how many times a repeat runs', () => {
    const items = [warm, NEW_REPEAT];
    const hard = { durationS: 240, intensity: 'work' as const, target: { kind: 'ftp' as const, low: 1.1, high: 1.2 } };
    expect(updateStep(items, { item: 1, inner: 0 }, () => hard)[1]).toEqual({
      times: 3,
      steps: [hard, NEW_REPEAT.steps[1]],
    });
    expect(setTimes(items, 1, 5)[1]).toEqual({ ...NEW_REPEAT, times: 5 });
  });
});
