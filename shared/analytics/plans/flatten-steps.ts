// A workout's steps in the order they are done, repeats written out.
import { isRepeat, type PlanItem, type PlanStep } from '../../model';

export function flattenSteps(items: readonly PlanItem[]): PlanStep[] {
  return items.flatMap((item) =>
    isRepeat(item) ? Array.from({ length: item.times }, () => item.steps).flat() : [item],
  );
}
