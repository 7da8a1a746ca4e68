// The summary of a stretch of demo samples, as a device would write it in the
// file's session and lap messages: whole beats, watts and revolutions.
import {
  bpm,
  epochMs,
  kilocalories,
  meters,
  metersPerSecond,
  rpm,
  seconds,
  watts,
  type Kilocalories,
  type Sport,
  type Streams,
  type SubSport,
  type Summary,
} from '../model';
import { DEMO_ATHLETE } from './demo-athlete';

function stats(column: Float32Array | undefined, from: number, to: number): { avg: number; max: number } | null {
  if (!column || to <= from) return null;
  let sum = 0;
  let max = -Infinity;
  for (let i = from; i < to; i++) {
    sum += column[i]!;
    max = Math.max(max, column[i]!);
  }
  return { avg: sum / (to - from), max };
}

function climbing(altitude: Float32Array | undefined, from: number, to: number): { ascent: number; descent: number } | null {
  if (!altitude) return null;
  let ascent = 0;
  let descent = 0;
  for (let i = from + 1; i < to; i++) {
    const step = altitude[i]! - altitude[i - 1]!;
    if (step > 0) ascent += step;
    else descent -= step;
  }
  return { ascent, descent };
}

/** Rides: about 1 kcal burned per kJ of work (a gross efficiency near 24 %). Runs: about 1 kcal per kg per km (Margaria et al. 1963). */
function calories(sport: Sport, workJ: number | null, distanceM: number): Kilocalories | null {
  if (sport === 'cycling' && workJ !== null) return kilocalories(Math.round(workJ / 1000));
  if (sport === 'running') return kilocalories(Math.round((DEMO_ATHLETE.weight * distanceM) / 1000));
  return null;
}

/** Samples [from, to) of a session starting at `startMs`, one sample a second. */
export function summarizeSamples(s: Streams, from: number, to: number, sport: Sport, subSport: SubSport, startMs: number): Summary {
  const durationS = to - from;
  const distanceM = (s.distance?.[to - 1] ?? 0) - (from > 0 ? (s.distance?.[from - 1] ?? 0) : 0);
  const hr = stats(s.heartRate, from, to);
  const power = stats(s.power, from, to);
  const cadence = stats(s.cadence, from, to);
  const speed = stats(s.speed, from, to);
  const climb = climbing(s.altitude, from, to);
  return {
    sport,
    subSport,
    start: epochMs(startMs + from * 1000),
    elapsedS: seconds(durationS),
    movingS: seconds(durationS),
    distanceM: meters(Math.round(distanceM * 10) / 10),
    ascentM: climb && meters(Math.round(climb.ascent)),
    descentM: climb && meters(Math.round(climb.descent)),
    avgHr: hr && bpm(Math.round(hr.avg)),
    maxHr: hr && bpm(hr.max),
    avgPowerW: power && watts(Math.round(power.avg)),
    maxPowerW: power && watts(power.max),
    avgCadence: cadence && rpm(Math.round(cadence.avg)),
    maxCadence: cadence && rpm(cadence.max),
    avgSpeed: metersPerSecond(distanceM / durationS),
    maxSpeed: speed && metersPerSecond(speed.max),
    calories: calories(sport, power && power.avg * durationS, distanceM),
    avgTempC: null,
  };
}
