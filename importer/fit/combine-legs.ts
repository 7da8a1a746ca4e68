// A multisport session's totals from its legs: times, distances, climbing and
// calories add up; averages are weighted by each leg's moving time over the
// legs that have them; maxima are the legs' maxima.
import { epochMs, type Leg, type Summary } from '../../shared/model';

type NumericKey = Exclude<keyof Summary, 'sport' | 'subSport' | 'start'>;

function total(legs: readonly Leg[], key: NumericKey): number | null {
  let sum: number | null = null;
  for (const l of legs) {
    const v = l[key];
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

function maximum(legs: readonly Leg[], key: NumericKey): number | null {
  let max: number | null = null;
  for (const l of legs) {
    const v = l[key];
    if (v !== null && (max === null || v > max)) max = v;
  }
  return max;
}

function weightedMean(legs: readonly Leg[], key: NumericKey): number | null {
  let sum = 0;
  let weight = 0;
  for (const l of legs) {
    const v = l[key];
    if (v === null || l.movingS <= 0) continue;
    sum += v * l.movingS;
    weight += l.movingS;
  }
  return weight > 0 ? sum / weight : null;
}

/** The session-level summary of a multisport file (legs in time order, at least one). */
export function combineLegs(legs: readonly Leg[]): Summary {
  const first = legs[0]!;
  const movingS = total(legs, 'movingS') ?? 0;
  const distanceM = total(legs, 'distanceM');
  return {
    sport: 'multisport',
    subSport: 'generic',
    start: epochMs(first.start),
    elapsedS: total(legs, 'elapsedS'),
    movingS,
    distanceM,
    ascentM: total(legs, 'ascentM'),
    descentM: total(legs, 'descentM'),
    avgHr: weightedMean(legs, 'avgHr'),
    maxHr: maximum(legs, 'maxHr'),
    avgPowerW: weightedMean(legs, 'avgPowerW'),
    maxPowerW: maximum(legs, 'maxPowerW'),
    avgCadence: weightedMean(legs, 'avgCadence'),
    maxCadence: maximum(legs, 'maxCadence'),
    avgSpeed: distanceM !== null && movingS > 0 ? distanceM / movingS : null,
    maxSpeed: maximum(legs, 'maxSpeed'),
    calories: total(legs, 'calories'),
    avgTempC: weightedMean(legs, 'avgTempC'),
  } as Summary;
}
