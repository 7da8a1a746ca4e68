// Laps from FIT `lap` messages, in time order.
import type { Lap, Sport, SubSport } from '../../shared/model';
import { lengthsOf, type IndexedLength } from './build-pool-swim';
import { buildSummary, type DeriveValues } from './build-summary';
import { num, snakeCase, str } from './message-fields';
import type { FitMessage } from './types';

export interface LapContext {
  readonly sport: Sport;
  readonly subSport: SubSport;
  readonly events: readonly FitMessage[];
  /** The pool swim's lengths; null when this is not a pool swim. */
  readonly lengths: readonly IndexedLength[] | null;
  readonly derive: DeriveValues;
}

/** The laps among `laps` that start in [fromMs, toMs), as the model's Laps. */
export function buildLaps(laps: readonly FitMessage[], fromMs: number, toMs: number, ctx: LapContext): Lap[] {
  const out: Lap[] = [];
  for (const m of laps) {
    const start = num(m, 'startTime');
    if (start === null || start < fromMs || start >= toMs) continue;
    const elapsed = num(m, 'totalElapsedTime') ?? 0;
    const { summary } = buildSummary(m, {
      ...ctx,
      fromMs: start,
      toMs: start + elapsed * 1000,
      lengths: ctx.lengths && lengthsOf(ctx.lengths, m, start, start + elapsed * 1000),
    });
    const trigger = str(m, 'lapTrigger');
    out.push({ ...summary, trigger: trigger === null ? null : snakeCase(trigger) });
  }
  return out.sort((a, b) => a.start - b.start);
}
