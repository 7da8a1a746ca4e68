// Units a number can carry, grouped by what they measure, with the factor to
// one base unit per group, so "42.2 km" can be compared with a fact in metres
// and "1:23:45" with one in hours.
import { METERS_PER_FOOT, METERS_PER_MILE, METERS_PER_YARD } from '../../model';

export type Dimension = 'duration' | 'distance' | 'percent' | 'power' | 'pace' | 'speed' | 'other';

/** One way to read a number: what it measures and its value in the base unit. */
export interface Quantity {
  readonly dimension: Dimension;
  /** In the base unit: s, m, percentage points, W, s/km, m/s; for 'other', the number as written. */
  readonly base: number;
  /** The number as written, before any unit factor. */
  readonly raw: number;
  /** Half a step of the last digit written, in the base unit: the rounding the text allows. */
  readonly halfStep: number;
}

export interface UnitReading {
  readonly dimension: Dimension;
  /** Multiply a value in this unit by this to get the base unit. */
  readonly toBase: number;
}

const KM_PER_MILE = METERS_PER_MILE / 1000;

/**
 * Fact units (shared/analytics/facts and the tools' results) by what they
 * measure. Units not listed (load, ratio, sessions, bpm, wellness metrics
 * other than sleep) are compared as bare numbers.
 */
const FACT_UNITS: Readonly<Record<string, UnitReading>> = {
  s: { dimension: 'duration', toBase: 1 },
  sleepS: { dimension: 'duration', toBase: 1 },
  min: { dimension: 'duration', toBase: 60 },
  h: { dimension: 'duration', toBase: 3600 },
  m: { dimension: 'distance', toBase: 1 },
  km: { dimension: 'distance', toBase: 1000 },
  mi: { dimension: 'distance', toBase: METERS_PER_MILE },
  yd: { dimension: 'distance', toBase: METERS_PER_YARD },
  ft: { dimension: 'distance', toBase: METERS_PER_FOOT },
  '%': { dimension: 'percent', toBase: 1 },
  W: { dimension: 'power', toBase: 1 },
  's/km': { dimension: 'pace', toBase: 1 },
  's/mi': { dimension: 'pace', toBase: 1 / KM_PER_MILE },
  's/100m': { dimension: 'pace', toBase: 10 },
  // Per 100 yd is per 91.44 m: 1000 / 91.44 of them make a kilometre.
  's/100yd': { dimension: 'pace', toBase: 1000 / (100 * METERS_PER_YARD) },
  'm/s': { dimension: 'speed', toBase: 1 },
  'km/h': { dimension: 'speed', toBase: 1 / 3.6 },
  mph: { dimension: 'speed', toBase: METERS_PER_MILE / 3600 },
};

const OTHER: UnitReading = { dimension: 'other', toBase: 1 };

export function factUnit(unit: string): UnitReading {
  return FACT_UNITS[unit] ?? OTHER;
}

/**
 * Units as people write them after a number, lower-cased. A pace written as a
 * plain number is in minutes ("4.5 min/km"); written as a clock ("4:30/km") it
 * is minutes and seconds, which find-numbers reads as seconds and scales by
 * toBase / 60.
 */
const PACE_PER_KM: UnitReading = { dimension: 'pace', toBase: 60 };
const PACE_PER_MILE: UnitReading = { dimension: 'pace', toBase: 60 / KM_PER_MILE };
const PACE_PER_100M: UnitReading = { dimension: 'pace', toBase: 600 };
const PACE_PER_100YD: UnitReading = { dimension: 'pace', toBase: (60 * 1000) / (100 * METERS_PER_YARD) };
const TEXT_UNITS: readonly (readonly [string, UnitReading])[] = [
  ['per cent', FACT_UNITS['%']!],
  ['percent', FACT_UNITS['%']!],
  ['%', FACT_UNITS['%']!],
  ['min/km', PACE_PER_KM],
  ['min/mi', PACE_PER_MILE],
  ['/100 m', PACE_PER_100M],
  ['per 100 m', PACE_PER_100M],
  ['/100 yd', PACE_PER_100YD],
  ['per 100 yd', PACE_PER_100YD],
  ['per km', PACE_PER_KM],
  ['per mile', PACE_PER_MILE],
  ['/km', PACE_PER_KM],
  ['/mi', PACE_PER_MILE],
  ['km/h', FACT_UNITS['km/h']!],
  ['kph', FACT_UNITS['km/h']!],
  ['mph', FACT_UNITS.mph!],
  ['m/s', FACT_UNITS['m/s']!],
  ['kilometres', FACT_UNITS.km!],
  ['kilometers', FACT_UNITS.km!],
  ['km', FACT_UNITS.km!],
  ['k', FACT_UNITS.km!],
  ['miles', FACT_UNITS.mi!],
  ['mile', FACT_UNITS.mi!],
  ['mi', FACT_UNITS.mi!],
  ['yards', FACT_UNITS.yd!],
  ['yd', FACT_UNITS.yd!],
  ['feet', FACT_UNITS.ft!],
  ['ft', FACT_UNITS.ft!],
  ['metres', FACT_UNITS.m!],
  ['meters', FACT_UNITS.m!],
  ['m', FACT_UNITS.m!],
  ['hours', FACT_UNITS.h!],
  ['hour', FACT_UNITS.h!],
  ['hrs', FACT_UNITS.h!],
  ['hr', FACT_UNITS.h!],
  ['h', FACT_UNITS.h!],
  ['minutes', FACT_UNITS.min!],
  ['minute', FACT_UNITS.min!],
  ['mins', FACT_UNITS.min!],
  ['min', FACT_UNITS.min!],
  ['seconds', FACT_UNITS.s!],
  ['second', FACT_UNITS.s!],
  ['secs', FACT_UNITS.s!],
  ['sec', FACT_UNITS.s!],
  ['s', FACT_UNITS.s!],
  ['watts', FACT_UNITS.W!],
  ['watt', FACT_UNITS.W!],
  ['w', FACT_UNITS.W!],
  // Kept with the number so the whole claim is marked, compared as bare numbers.
  ['bpm', OTHER],
  ['tss', OTHER],
  ['kcal', OTHER],
  ['kj', OTHER],
  ['ms', OTHER],
  ['kg', OTHER],
  ['lb', OTHER],
  ['rpm', OTHER],
  ['spm', OTHER],
];

const squeeze = (written: string) => written.toLowerCase().replace(/\s+/g, '');
const TEXT_UNIT_BY_NAME = new Map(TEXT_UNITS.map(([name, reading]) => [squeeze(name), reading]));

/** Alternation of the written units for a RegExp, longest first so "km/h" wins over "km"; a space may be left out. */
export const TEXT_UNIT_PATTERN = [...TEXT_UNITS]
  .map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s?'))
  .join('|');

export function textUnit(written: string): UnitReading {
  return TEXT_UNIT_BY_NAME.get(squeeze(written)) ?? OTHER;
}

/** Pace and speed measure the same thing inversely: s/km = 1000 / (m/s). */
export function asPace(q: Quantity): number | null {
  if (q.dimension === 'pace') return q.base;
  if (q.dimension === 'speed' && q.base > 0) return 1000 / q.base;
  return null;
}
