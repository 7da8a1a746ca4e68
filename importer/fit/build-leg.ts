// One stretch of an activity summarised like a session: a whole single-sport
// session, or one leg of a multisport file (swim, transition, bike, ...),
// with its laps and, for a pool swim, its lengths.
import type { Leg, Sport, SubSport } from '../../shared/model';
import { buildLaps } from './build-laps';
import { buildPoolSwim, lengthsOf, type IndexedLength } from './build-pool-swim';
import type { DerivableField } from '../derive';
import { buildSummary, type DeriveValues } from './build-summary';
import { num } from './message-fields';
import type { FitMessage } from './types';

export interface LegContext {
  /** Sport when the session message is missing or names none. */
  readonly sport: Sport;
  readonly subSport: SubSport;
  readonly laps: readonly FitMessage[];
  readonly events: readonly FitMessage[];
  readonly lengths: readonly IndexedLength[];
  readonly derive: DeriveValues;
}

export interface BuiltLeg {
  readonly leg: Leg;
  readonly derivedFields: readonly DerivableField[];
}

export interface TimeRange {
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * The stretch described by `session` (null: a file without a session
 * message, summarised over `recorded`, the span of its records). Laps and
 * lengths starting in `owned` belong to it.
 */
export function buildLeg(session: FitMessage | null, owned: TimeRange, recorded: TimeRange, ctx: LegContext): BuiltLeg {
  const { fromMs, toMs } = owned;
  const lengths = lengthsOf(ctx.lengths, null, fromMs, toMs);
  const pool = buildPoolSwim(num(session ?? undefined, 'poolLength'), lengths);
  const poolLengths = pool ? ctx.lengths : null;
  const { summary, derivedFields } = buildSummary(session, {
    sport: ctx.sport,
    subSport: ctx.subSport,
    fromMs: recorded.fromMs,
    toMs: recorded.toMs,
    events: ctx.events,
    lengths: pool ? lengths : null,
    derive: ctx.derive,
  });
  const laps = buildLaps(ctx.laps, fromMs, toMs, {
    sport: summary.sport,
    subSport: summary.subSport,
    events: ctx.events,
    lengths: poolLengths,
    derive: ctx.derive,
  });
  return { leg: { ...summary, laps, ...(pool && { pool }) }, derivedFields };
}
