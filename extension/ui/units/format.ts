// Every number the panel shows passes through here, so units follow the
// athlete's setting everywhere (docs/ui.md, "Numbers and units"). The model is SI;
// conversion happens only at this edge.
import type { Sport, UnitSystem } from '../../../shared/model';
import { METERS_PER_FOOT, METERS_PER_MILE, METERS_PER_YARD } from './imperial';

export type { UnitSystem };

const FOOT_SPORTS: readonly Sport[] = ['running', 'walking', 'hiking'];

/** m:ss for a time per unit of distance; null when too slow to mean anything (standing still). */
function minutesSeconds(secondsPer: number): string | null {
  if (!Number.isFinite(secondsPer) || secondsPer <= 0 || secondsPer >= 100 * 60) return null;
  const s = Math.round(secondsPer);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** How a session's speed is best read: pace on foot, per 100 in the pool, speed on wheels and the rest. */
export type SpeedKind = 'pace' | 'swim-pace' | 'speed';

export function speedKind(sport: Sport): SpeedKind {
  if (FOOT_SPORTS.includes(sport)) return 'pace';
  return sport === 'swimming' ? 'swim-pace' : 'speed';
}

/** Formatters for one unit system and locale (numbers and dates follow the browser's language). */
export interface Format {
  readonly system: UnitSystem;
  readonly locale: string;
  /** "12.35 km" / "7.67 mi"; swims in metres or yards ("1,500 m"). */
  distance(meters: number, sport?: Sport): string;
  /** Ascent and altitude: "412 m" / "1,352 ft". */
  elevation(meters: number): string;
  /** "5:03 /km" / "8:08 /mi". */
  pace(metersPerSecond: number): string;
  /** "1:45 /100 m" / "1:36 /100 yd". */
  swimPace(metersPerSecond: number): string;
  /** "32.4 km/h" / "20.1 mph". */
  speed(metersPerSecond: number): string;
  /** Pace, swim pace or speed as the sport reads it. */
  speedFor(metersPerSecond: number, sport: Sport): string;
  heartRate(bpm: number): string;
  power(watts: number): string;
  /** Revolutions per minute on a bike; steps per minute on foot. */
  cadence(rpm: number, sport: Sport): string;
  /** A plain number with grouping in the locale: "1,234". */
  number(n: number, fractionDigits?: number): string;
  /** The session's start in the session's own local time when the file told it, else the browser's zone. */
  dateTime(epochMs: number, utcOffsetS: number | null): string;
  /** Day only: "Sat, Jun 1, 2024". */
  date(epochMs: number, utcOffsetS: number | null): string;
}

export function makeFormat(system: UnitSystem, locale: string): Format {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (n: number, fractionDigits = 0): string => {
    let f = numberFormats.get(fractionDigits);
    if (!f) {
      f = new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      numberFormats.set(fractionDigits, f);
    }
    return f.format(n);
  };
  const imperial = system === 'imperial';
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions, utc: boolean) =>
    new Intl.DateTimeFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options);
  const when = (options: Intl.DateTimeFormatOptions) => {
    // Each made when first used: the panel's first render makes a Format, and making all four date formatters
    // there cost 5-8 ms of a traced open before its top bar appeared.
    let local: Intl.DateTimeFormat | undefined;
    let shifted: Intl.DateTimeFormat | undefined;
    // A stated offset is applied by hand and read as UTC: Intl takes zone names, not offsets.
    return (epochMs: number, utcOffsetS: number | null) =>
      utcOffsetS === null
        ? (local ??= dateTimeFormat(options, false)).format(epochMs)
        : (shifted ??= dateTimeFormat(options, true)).format(epochMs + utcOffsetS * 1000);
  };
  const pace = (mps: number) => {
    const text = minutesSeconds((imperial ? METERS_PER_MILE : 1000) / mps);
    return text === null ? '–' : `${text} ${imperial ? '/mi' : '/km'}`;
  };
  const swimPace = (mps: number) => {
    const text = minutesSeconds((imperial ? 100 * METERS_PER_YARD : 100) / mps);
    return text === null ? '–' : `${text} ${imperial ? '/100 yd' : '/100 m'}`;
  };
  const speed = (mps: number) =>
    imperial ? `${number((mps * 3600) / METERS_PER_MILE, 1)} mph` : `${number(mps * 3.6, 1)} km/h`;
  return {
    system,
    locale,
    number,
    distance(meters, sport) {
      if (sport === 'swimming') return imperial ? `${number(meters / METERS_PER_YARD)} yd` : `${number(meters)} m`;
      return imperial ? `${number(meters / METERS_PER_MILE, 2)} mi` : `${number(meters / 1000, 2)} km`;
    },
    elevation: (meters) => (imperial ? `${number(meters / METERS_PER_FOOT)} ft` : `${number(meters)} m`),
    pace,
    swimPace,
    speed,
    speedFor(mps, sport) {
      const kind = speedKind(sport);
      return kind === 'pace' ? pace(mps) : kind === 'swim-pace' ? swimPace(mps) : speed(mps);
    },
    heartRate: (bpm) => `${number(bpm)} bpm`,
    power: (watts) => `${number(watts)} W`,
    // FIT records running cadence as strides (one foot) per minute; athletes and
    // Garmin Connect read steps, twice that (FIT profile, record.cadence "rpm").
    cadence: (rpm, sport) => (FOOT_SPORTS.includes(sport) ? `${number(rpm * 2)} spm` : `${number(rpm)} rpm`),
    dateTime: when({
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
    date: when({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }),
  };
}

// Countries that measure roads in miles and use US customary units day to day
// (CIA World Factbook, "Weights and measures": United States, Liberia, Myanmar).
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);

/** The unit system a browser language suggests, before the athlete chooses. */
export function defaultUnitSystem(locale: string): UnitSystem {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'metric';
  }
  return region !== undefined && IMPERIAL_REGIONS.has(region) ? 'imperial' : 'metric';
}
