// The step editor's changes to a workout, as pure functions on its items: a
// step is found by its place (and its place inside a repeat), and every change
// returns new items, so the preview and the totals follow each edit.
import { isRepeat, type PlanItem, type PlanRepeat, type PlanStep } from '../../../shared/model';

/** Where a step is: `item` in the workout, and `inner` within that repeat. */
export interface StepPath {
  readonly item: number;
  readonly inner?: number;
}

export const NEW_STEP: PlanStep = { durationS: 300, intensity: 'work' };
export const NEW_REPEAT: PlanRepeat = {
  times: 3,
  steps: [
    { durationS: 300, intensity: 'work' },
    { durationS: 180, intensity: 'recovery' },
  ],
};

function swap<T>(list: readonly T[], at: number, by: -1 | 1): T[] {
  const to = at + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[at], out[to]] = [out[to]!, out[at]!];
  return out;
}

function withRepeat(items: readonly PlanItem[], at: number, change: (r: PlanRepeat) => PlanRepeat): PlanItem[] {
  return items.map((item, i) => (i === at && isRepeat(item) ? change(item) : item));
}

/** Adds a step at the end of the workout, or of the repeat at `into`. */
export function addStep(items: readonly PlanItem[], into?: number): PlanItem[] {
  if (into === undefined) return [...items, NEW_STEP];
  return withRepeat(items, into, (r) => ({ ...r, steps: [...r.steps, NEW_STEP] }));
}

export function addRepeat(items: readonly PlanItem[]): PlanItem[] {
  return [...items, NEW_REPEAT];
}

/** Removes a step; a repeat left with no steps goes too. */
export function removeAt(items: readonly PlanItem[], path: StepPath): PlanItem[] {
  if (path.inner === undefined) return items.filter((_, i) => i !== path.item);
  const inner = path.inner;
  const out = withRepeat(items, path.item, (r) => ({ ...r, steps: r.steps.filter((_, j) => j !== inner) }));
  const left = out[path.item];
  return left && isRepeat(left) && left.steps.length === 0 ? out.filter((_, i) => i !== path.item) : out;
}

/** Moves a step (or a whole repeat) one place earlier (-1) or later (+1), within its list. */
export function moveAt(items: readonly PlanItem[], path: StepPath, by: -1 | 1): PlanItem[] {
  if (path.inner === undefined) return swap(items, path.item, by);
  const inner = path.inner;
  return withRepeat(items, path.item, (r) => ({ ...r, steps: swap(r.steps, inner, by) }));
}

/** Changes one step by `change`, which gets the step as it is now (edits may come faster than renders). */
export function updateStep(
  items: readonly PlanItem[],
  path: StepPath,
  change: (step: PlanStep) => PlanStep,
): PlanItem[] {
  if (path.inner === undefined)
    return items.map((item, i) => (i === path.item && !isRepeat(item) ? change(item) : item));
  const inner = path.inner;
  return withRepeat(items, path.item, (r) => ({ ...r, steps: r.steps.map((s, j) => (j === inner ? change(s) : s)) }));
}

export function setTimes(items: readonly PlanItem[], at: number, times: number): PlanItem[] {
  return withRepeat(items, at, (r) => ({ ...r, times }));
}
