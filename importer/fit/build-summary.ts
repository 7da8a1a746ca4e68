// One Summary (session, leg or lap) from a FIT session or lap message, with
// the records filling what the message leaves out. FIT summary fields are
// already SI after the profile's scale: m, s, m/s, W, bpm, rpm, °C, kcal.
import {
  bpm,
  celsius,
  epochMs,
  kilocalories,
  meters,
  metersPerSecond,
  rpm,
  seconds,
  watts,
  type PoolLength,
  type Sport,
  type SubSport,
  type Summary,
} from '../../shared/model';
import type { DerivableField, DerivableValues } from '../derive';
import { activeSeconds } from './build-pool-swim';
import { mapSport, mapSubSport } from './map-sport';
import { firstNum, num, str } from './message-fields';
import { timerSeconds } from './moving-time';
import type { FitMessage } from './types';

/** The `fields` of a summary worked out from the records of a time range (null when no record lies in it). */
export type DeriveValues = (
  fromMs: number,
  toMs: number,
  fields: ReadonlySet<DerivableField>,
) => DerivableValues | null;

export interface SummaryContext {
  /** Sport of the enclosing session, for laps and messages without one. */
  readonly sport: Sport;
  readonly subSport: SubSport;
  /** The time range to summarise when there is no message (or it lacks start and duration). */
  readonly fromMs: number;
  readonly toMs: number;
  readonly events: readonly FitMessage[];
  /** Lengths swum in this stretch for pool swims (possibly none: a rest lap); null otherwise. */
  readonly lengths: readonly PoolLength[] | null;
  readonly derive: DeriveValues;
}

export interface BuiltSummary {
  readonly summary: Summary;
  /** Fields the message lacked that came from the records. */
  readonly derivedFields: readonly DerivableField[];
}

type Values = { -readonly [K in DerivableField]-?: Summary[K] | null };

// Apps without a strap (Zwift) write 0 bpm where FIT expects the invalid
// value; no heart beats at 0, so it means "no heart rate".
function heartRate(v: number | null): number | null {
  return v === 0 ? null : v;
}

function fromMessage(m: FitMessage | null): Values {
  const g = (k: string) => num(m ?? undefined, k);
  return {
    movingS: map(g('totalTimerTime'), seconds),
    distanceM: map(g('totalDistance'), meters),
    ascentM: map(g('totalAscent'), meters),
    descentM: map(g('totalDescent'), meters),
    avgHr: map(heartRate(g('avgHeartRate')), bpm),
    maxHr: map(heartRate(g('maxHeartRate')), bpm),
    avgPowerW: map(g('avgPower'), watts),
    maxPowerW: map(g('maxPower'), watts),
    // fractional_cadence adds the sub-rpm part (FIT profile: session.avg_fractional_cadence, 1/128 rpm).
    avgCadence: map(g('avgCadence'), (c) => rpm(c + (g('avgFractionalCadence') ?? 0))),
    maxCadence: map(g('maxCadence'), (c) => rpm(c + (g('maxFractionalCadence') ?? 0))),
    avgSpeed: map(firstNum(m ?? undefined, ['enhancedAvgSpeed', 'avgSpeed']), metersPerSecond),
    maxSpeed: map(firstNum(m ?? undefined, ['enhancedMaxSpeed', 'maxSpeed']), metersPerSecond),
    calories: map(g('totalCalories'), kilocalories),
    avgTempC: map(g('avgTemperature'), celsius),
  };
}

/** Start and elapsed time from the message, else from the context's range. */
function timeSpan(m: FitMessage | null, ctx: SummaryContext): { start: number; elapsedS: number } {
  const start = num(m ?? undefined, 'startTime') ?? ctx.fromMs;
  const end = num(m ?? undefined, 'timestamp');
  const elapsed =
    num(m ?? undefined, 'totalElapsedTime') ?? (end !== null && end > start ? (end - start) / 1000 : null);
  return { start, elapsedS: elapsed ?? Math.max(0, (ctx.toMs - start) / 1000) };
}

export function buildSummary(m: FitMessage | null, ctx: SummaryContext): BuiltSummary {
  const { start, elapsedS } = timeSpan(m, ctx);
  const end = start + elapsedS * 1000;
  const sportName = str(m ?? undefined, 'sport');
  const subSportName = str(m ?? undefined, 'subSport');
  const values = fromMessage(m);
  // A pool swim moves only while swimming lengths: rest at the wall runs the
  // timer but is not moving time (elevate's spiros-01 moving time, 44:02, is
  // exactly the active lengths' time).
  if (ctx.lengths !== null) values.movingS = seconds(activeSeconds(ctx.lengths));
  values.movingS ??= map(timerSeconds(ctx.events, start, end), seconds);

  const derivedFields: DerivableField[] = [];
  const missing = (Object.keys(values) as DerivableField[]).filter((k) => values[k] === null);
  const derived = missing.length > 0 ? ctx.derive(start, end, new Set(missing)) : null;
  if (derived) {
    for (const k of missing) {
      const v = derived[k];
      if (v === undefined || v === null) continue;
      (values as Record<string, unknown>)[k] = v;
      derivedFields.push(k);
    }
  }
  return {
    summary: {
      ...values,
      sport: sportName === null && m?.sport === undefined ? ctx.sport : mapSport(sportName, subSportName),
      subSport: subSportName === null && m?.subSport === undefined ? ctx.subSport : mapSubSport(subSportName),
      start: epochMs(start),
      elapsedS: seconds(elapsedS),
      movingS: values.movingS ?? seconds(elapsedS),
    },
    derivedFields,
  };
}

function map<T>(v: number | null, f: (n: number) => T): T | null {
  return v === null ? null : f(v);
}
