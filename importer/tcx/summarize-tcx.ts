// Summaries for TCX activities and laps: the totals the device wrote in each
// <Lap> win; what a lap leaves out (and ascent, which TCX never carries) is
// derived from its track points (importer/derive). A TCX lap's
// TotalTimeSeconds is the timer time, so it is the moving time.
import { bpm, epochMs, kilocalories, meters, metersPerSecond, rpm, seconds, watts } from '../../shared/model';
import type { Lap, Sport, SubSport, Summary } from '../../shared/model';
import type { RangeSummarizer } from '../derive';
import type { TcxLapRead } from './read-tcx';

const orNull = (v: number) => (v === v ? v : null);

/** One lap: its written totals, the rest derived from rows [first, last] (null when the lap has no points). */
export function lapSummary(lap: TcxLapRead, derived: Summary | null, sport: Sport, subSport: SubSport): Lap {
  const timer = orNull(lap.totalTimeS);
  const distance = orNull(lap.distanceM);
  const start = lap.startMs === lap.startMs ? lap.startMs : (derived?.start ?? NaN);
  // From the lap's start to its last point (which can be later than the timer time after a pause).
  const toLastPointS = derived ? (derived.start + derived.elapsedS * 1000 - start) / 1000 : 0;
  return {
    sport,
    subSport,
    start: epochMs(start),
    elapsedS: seconds(Math.max(timer ?? 0, toLastPointS)),
    movingS: seconds(timer ?? derived?.movingS ?? 0),
    distanceM: distance !== null ? meters(distance) : (derived?.distanceM ?? null),
    ascentM: derived?.ascentM ?? null,
    descentM: derived?.descentM ?? null,
    avgHr: orNull(lap.avgHr) !== null ? bpm(lap.avgHr) : (derived?.avgHr ?? null),
    maxHr: orNull(lap.maxHr) !== null ? bpm(lap.maxHr) : (derived?.maxHr ?? null),
    avgPowerW: orNull(lap.avgWatts) !== null ? watts(lap.avgWatts) : (derived?.avgPowerW ?? null),
    maxPowerW: orNull(lap.maxWatts) !== null ? watts(lap.maxWatts) : (derived?.maxPowerW ?? null),
    avgCadence: orNull(lap.avgCadence) !== null ? rpm(lap.avgCadence) : (derived?.avgCadence ?? null),
    maxCadence: orNull(lap.maxCadence) !== null ? rpm(lap.maxCadence) : (derived?.maxCadence ?? null),
    avgSpeed:
      orNull(lap.avgSpeed) !== null
        ? metersPerSecond(lap.avgSpeed)
        : distance !== null && timer
          ? metersPerSecond(distance / timer)
          : (derived?.avgSpeed ?? null),
    maxSpeed: orNull(lap.maxSpeed) !== null ? metersPerSecond(lap.maxSpeed) : (derived?.maxSpeed ?? null),
    calories: orNull(lap.calories) !== null ? kilocalories(lap.calories) : null,
    avgTempC: derived?.avgTempC ?? null,
    trigger: lap.trigger ? lap.trigger.toLowerCase() : null,
  };
}

/** The derived summary of a lap's points, sharing the boundary sample with the lap before. */
export function derivedLap(
  summarizer: RangeSummarizer,
  first: number,
  end: number,
  base: number,
  sport: Sport,
  subSport: SubSport,
): Summary | null {
  if (end <= first) return null;
  return summarizer.summarize(Math.max(base, first - 1), end - 1, sport, subSport);
}

/**
 * A whole activity (or multisport session) from its parts: times and
 * distances add up, averages are weighted by moving time, maxima are the
 * largest. `whole` (derived from all its points) fills what no part has.
 */
export function combine(parts: readonly Summary[], whole: Summary | null, sport: Sport, subSport: SubSport): Summary {
  const first = parts[0]!;
  const end = Math.max(
    ...parts.map((p) => p.start + p.elapsedS * 1000),
    whole ? whole.start + whole.elapsedS * 1000 : 0,
  );
  const movingS = parts.reduce((n, p) => n + p.movingS, 0);
  const sum = (f: (p: Summary) => number | null) => {
    const values = parts.map(f);
    return values.every((v) => v !== null) ? values.reduce((a: number, b) => a + b!, 0) : null;
  };
  const max = (f: (p: Summary) => number | null) => {
    const values = parts.map(f).filter((v): v is number => v !== null);
    return values.length > 0 ? Math.max(...values) : null;
  };
  const avg = (f: (p: Summary) => number | null) => {
    let total = 0;
    let weight = 0;
    for (const p of parts) {
      const v = f(p);
      if (v !== null && p.movingS > 0) {
        total += v * p.movingS;
        weight += p.movingS;
      }
    }
    return weight > 0 ? total / weight : null;
  };
  const distance = sum((p) => p.distanceM) ?? whole?.distanceM ?? null;
  return {
    sport,
    subSport,
    start: first.start,
    elapsedS: seconds((end - first.start) / 1000),
    movingS: seconds(movingS),
    distanceM: distance === null ? null : meters(distance),
    ascentM: whole?.ascentM ?? (sum((p) => p.ascentM) as Summary['ascentM']),
    descentM: whole?.descentM ?? (sum((p) => p.descentM) as Summary['descentM']),
    avgHr: avg((p) => p.avgHr) as Summary['avgHr'],
    maxHr: max((p) => p.maxHr) as Summary['maxHr'],
    avgPowerW: avg((p) => p.avgPowerW) as Summary['avgPowerW'],
    maxPowerW: max((p) => p.maxPowerW) as Summary['maxPowerW'],
    avgCadence: avg((p) => p.avgCadence) as Summary['avgCadence'],
    maxCadence: max((p) => p.maxCadence) as Summary['maxCadence'],
    avgSpeed: distance !== null && movingS > 0 ? metersPerSecond(distance / movingS) : null,
    maxSpeed: max((p) => p.maxSpeed) as Summary['maxSpeed'],
    calories: sum((p) => p.calories) as Summary['calories'],
    avgTempC: avg((p) => p.avgTempC) as Summary['avgTempC'],
  };
}
