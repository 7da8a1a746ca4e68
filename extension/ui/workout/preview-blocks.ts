// The preview's blocks: each step in the order it is done, where it starts,
// how long it lasts and how hard it is (a fraction of threshold).
import { flattenSteps, stepLength, stepRange, targetIntensity, type Thresholds } from '../../../shared/analytics';
import type { PlanItem, Sport, StepIntensity } from '../../../shared/model';

/** A step whose length is unknown ahead ("until lap", a distance without a pace) is drawn this long. */
export const UNKNOWN_LENGTH_S = 300;

export interface PreviewBlock {
  readonly startS: number;
  readonly seconds: number;
  /** Fraction of threshold, or null without a target (or its threshold). */
  readonly intensity: number | null;
  readonly kind: StepIntensity;
  /** True when `seconds` is UNKNOWN_LENGTH_S standing in for a length the plan does not tell. */
  readonly guessed: boolean;
}

export function previewBlocks(items: readonly PlanItem[], sport: Sport, t: Thresholds): PreviewBlock[] {
  let startS = 0;
  return flattenSteps(items).map((step) => {
    const range = step.target ? stepRange(step.target, t) : null;
    const known = stepLength(step, range).seconds;
    const seconds = known ?? UNKNOWN_LENGTH_S;
    const block = {
      startS,
      seconds,
      intensity: step.target ? targetIntensity(step.target, t, sport) : null,
      kind: step.intensity ?? 'work',
      guessed: known === null,
    };
    startS += seconds;
    return block;
  });
}
