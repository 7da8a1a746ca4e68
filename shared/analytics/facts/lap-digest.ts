// What the session was made of, compact: its laps (up to MAX_LAP_LINES lines,
// consecutive laps grouped beyond that), or, for a session recorded as one
// lap, its biggest climbs, so "the second climb" is something the model can say.
import { formatDuration, round, type Lap, type Sport, type UnitSystem } from '../../model';
import type { Climb } from '../session/climbs';
import { distanceMeasure, elevationMeasure, speedMeasure } from './fact-units';
import type { PushFact } from './own-numbers';

/** Enough to read an interval session's shape (6 x 5 min with recoveries) without a line per lap. */
export const MAX_LAP_LINES = 8;
export const MAX_CLIMBS = 3;

export function pushLapDigest(laps: readonly Lap[], sport: Sport, units: UnitSystem, push: PushFact): void {
  if (laps.length < 2) return;
  const size = Math.ceil(laps.length / MAX_LAP_LINES);
  for (let first = 0; first < laps.length; first += size) {
    const group = laps.slice(first, first + size);
    const last = first + group.length;
    const name = group.length === 1 ? `Lap ${last}` : `Laps ${first + 1}-${last}`;
    const key = group.length === 1 ? `lap.${last}` : `laps.${first + 1}-${last}`;
    const moving = sum(group, (l) => l.movingS);
    push(key, round(moving, 0), 's', `${name} of ${laps.length}: ${lapNumbers(group, moving, sport, units)}`);
  }
}

function lapNumbers(group: readonly Lap[], moving: number, sport: Sport, units: UnitSystem): string {
  const parts = [formatDuration(moving)];
  const distance = sum(group, (l) => l.distanceM ?? 0);
  if (distance > 0) parts.push(distanceMeasure(distance, sport, units).text);
  if (distance > 0 && moving > 0) parts.push(speedMeasure(distance / moving, sport, units).text);
  // Time-weighted, as a device averages over the laps it joins.
  const hr = weightedMean(group, (l) => l.avgHr);
  if (hr !== null) parts.push(`average heart rate ${round(hr, 0)} bpm`);
  const power = weightedMean(group, (l) => l.avgPowerW);
  if (power !== null) parts.push(`average power ${round(power, 0)} W`);
  return parts.join(', ');
}

export function pushClimbs(climbs: readonly Climb[], units: UnitSystem, push: PushFact): void {
  const biggest = [...climbs].sort((a, b) => b.gainM - a.gainM).slice(0, MAX_CLIMBS);
  // In the order ridden, numbered as the athlete met them.
  for (const c of biggest.sort((a, b) => a.startS - b.startS)) {
    const n = climbs.indexOf(c) + 1;
    const gain = elevationMeasure(c.gainM, units);
    const vam = elevationMeasure(c.vam, units);
    push(
      `climb.${n}`,
      gain.value,
      gain.unit,
      `Climb ${n} of ${climbs.length} (${formatDuration(c.startS)} to ${formatDuration(c.endS)} into the session): ${gain.text} gained, ${vam.text}/h climbing speed (VAM)`,
    );
  }
}

function sum(laps: readonly Lap[], pick: (l: Lap) => number): number {
  return laps.reduce((a, l) => a + pick(l), 0);
}

function weightedMean(laps: readonly Lap[], pick: (l: Lap) => number | null): number | null {
  let total = 0;
  let weight = 0;
  for (const l of laps) {
    const v = pick(l);
    if (v === null || l.movingS <= 0) continue;
    total += v * l.movingS;
    weight += l.movingS;
  }
  return weight === 0 ? null : total / weight;
}
