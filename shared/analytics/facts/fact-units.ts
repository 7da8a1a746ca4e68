// A fact's number in the athlete's units: the value and unit the answer is
// checked against (shared/ai/verify/quantities.ts reads each unit) and the
// text its label shows, so the model repeats what the athlete reads in the panel.
import { METERS_PER_FOOT, METERS_PER_MILE, METERS_PER_YARD, round, type Sport, type UnitSystem } from '../../model';
import { isFootSport } from '../session/score-load';

export interface Measure {
  readonly value: number;
  readonly unit: string;
  /** "141.94 km", "4:30 /km". */
  readonly text: string;
}

/** Kilometres or miles; a swim in metres or yards. */
export function distanceMeasure(meters: number, sport: Sport, units: UnitSystem): Measure {
  if (sport === 'swimming') {
    const [value, unit] = units === 'imperial' ? [round(meters / METERS_PER_YARD, 0), 'yd'] : [round(meters, 0), 'm'];
    return { value, unit, text: `${value} ${unit}` };
  }
  return roadDistance(meters, units, 2);
}

/** Kilometres or miles whatever the sport: a week's total, a lap on the road. */
export function roadDistance(meters: number, units: UnitSystem, decimals: number): Measure {
  const [value, unit] =
    units === 'imperial' ? [round(meters / METERS_PER_MILE, decimals), 'mi'] : [round(meters / 1000, decimals), 'km'];
  return { value, unit, text: `${value.toFixed(decimals)} ${unit}` };
}

/** Metres or feet, whole. */
export function elevationMeasure(meters: number, units: UnitSystem): Measure {
  const [value, unit] = units === 'imperial' ? [round(meters / METERS_PER_FOOT, 0), 'ft'] : [round(meters, 0), 'm'];
  return { value, unit, text: `${value} ${unit}` };
}

/** Speed as the sport reads it: pace on foot, pace per 100 in the pool, speed on wheels and the rest. */
export function speedMeasure(metersPerSecond: number, sport: Sport, units: UnitSystem): Measure {
  const imperial = units === 'imperial';
  if (isFootSport(sport)) return pace(metersPerSecond, imperial ? METERS_PER_MILE : 1000, imperial ? 'mi' : 'km');
  if (sport === 'swimming')
    return pace(metersPerSecond, imperial ? 100 * METERS_PER_YARD : 100, imperial ? '100yd' : '100m');
  const value = imperial ? round((metersPerSecond * 3600) / METERS_PER_MILE, 1) : round(metersPerSecond * 3.6, 1);
  const unit = imperial ? 'mph' : 'km/h';
  return { value, unit, text: `${value.toFixed(1)} ${unit}` };
}

/** Whether a speed reads as a pace for this sport ("Average pace") or as a speed. */
export function readsAsPace(sport: Sport): boolean {
  return isFootSport(sport) || sport === 'swimming';
}

function pace(metersPerSecond: number, per: number, perName: string): Measure {
  const secondsPer = Math.round(per / metersPerSecond);
  const clock = `${Math.floor(secondsPer / 60)}:${String(secondsPer % 60).padStart(2, '0')}`;
  return { value: secondsPer, unit: `s/${perName}`, text: `${clock} /${perName.replace(/^100/, '100 ')}` };
}
