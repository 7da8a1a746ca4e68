// How each threshold is written by the athlete and shown back: the words, the
// unit of the current unit system, the shape of the input (a number, or m:ss
// for a pace) and the range a real athlete's value falls in. Values are stored
// in SI (analytics' ThresholdValues): W, bpm, m/s, kg.
import type { ThresholdKey } from '../../../shared/analytics';
import type { Format, UnitSystem } from '../units/format';
import { KG_PER_POUND, METERS_PER_MILE, METERS_PER_YARD } from '../units/imperial';

/** The input's shape: a plain number, or minutes:seconds over a distance. */
type Shape =
  | {
      readonly kind: 'number';
      readonly unit: (system: UnitSystem) => string;
      readonly perSi: (system: UnitSystem) => number;
    }
  | {
      readonly kind: 'pace';
      readonly meters: (system: UnitSystem) => number;
      readonly per: (system: UnitSystem) => string;
    };

export interface ThresholdField {
  readonly key: ThresholdKey;
  /** "FTP", "Threshold run pace", ... */
  readonly label: string;
  readonly shape: Shape;
  /** Plausible SI bounds, inclusive; the athlete's value outside them is a typo. */
  readonly min: number;
  readonly max: number;
  /** Whether a value may be set for one sport only (a runner's threshold HR differs from a rider's). */
  readonly perSport: boolean;
}

const watts: Shape = { kind: 'number', unit: () => 'W', perSi: () => 1 };
const beats: Shape = { kind: 'number', unit: () => 'bpm', perSi: () => 1 };

// Ranges: wide enough for any trained or untrained adult (resting HR of
// endurance athletes reaches the low 30s; world-class FTPs stay under 600 W).
export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { key: 'ftp', label: 'FTP', shape: watts, min: 30, max: 700, perSport: true },
  { key: 'thresholdHr', label: 'Threshold heart rate', shape: beats, min: 80, max: 230, perSport: true },
  { key: 'maxHr', label: 'Maximum heart rate', shape: beats, min: 100, max: 240, perSport: true },
  { key: 'restHr', label: 'Resting heart rate', shape: beats, min: 25, max: 120, perSport: false },
  {
    key: 'thresholdRunSpeed',
    label: 'Threshold run pace',
    shape: {
      kind: 'pace',
      meters: (s) => (s === 'imperial' ? METERS_PER_MILE : 1000),
      per: (s) => (s === 'imperial' ? 'mi' : 'km'),
    },
    // 2:00 to 15:00 per km.
    min: 1000 / 900,
    max: 1000 / 120,
    perSport: false,
  },
  {
    key: 'swimCss',
    label: 'Swim critical speed',
    shape: {
      kind: 'pace',
      meters: (s) => (s === 'imperial' ? 100 * METERS_PER_YARD : 100),
      per: (s) => (s === 'imperial' ? '100 yd' : '100 m'),
    },
    // 0:50 to 5:00 per 100 m.
    min: 100 / 300,
    max: 100 / 50,
    perSport: false,
  },
  {
    key: 'weight',
    label: 'Weight',
    shape: {
      kind: 'number',
      unit: (s) => (s === 'imperial' ? 'lb' : 'kg'),
      perSi: (s) => (s === 'imperial' ? 1 / KG_PER_POUND : 1),
    },
    min: 25,
    max: 250,
    perSport: false,
  },
];

export function fieldFor(key: ThresholdKey): ThresholdField {
  // THRESHOLD_FIELDS names every ThresholdKey.
  return THRESHOLD_FIELDS.find((f) => f.key === key)!;
}

/** What the input expects, for its label: "W", "m:ss per km". */
export function inputUnit(field: ThresholdField, system: UnitSystem): string {
  return field.shape.kind === 'number' ? field.shape.unit(system) : `m:ss per ${field.shape.per(system)}`;
}

function minutesSeconds(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The value as the athlete reads it: "250 W", "4:30 /km", "72.5 kg". */
export function showValue(field: ThresholdField, value: number, format: Format): string {
  const { shape } = field;
  if (shape.kind === 'pace')
    return `${minutesSeconds(shape.meters(format.system) / value)} /${shape.per(format.system)}`;
  const digits = field.key === 'weight' ? 1 : 0;
  return `${format.number(value * shape.perSi(format.system), digits)} ${shape.unit(format.system)}`;
}

/** The value as the input holds it for editing: "250", "4:30", "72.5". */
export function inputText(field: ThresholdField, value: number, system: UnitSystem): string {
  const { shape } = field;
  if (shape.kind === 'pace') return minutesSeconds(shape.meters(system) / value);
  return String(Math.round(value * shape.perSi(system) * 10) / 10);
}

export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** The SI value of what the athlete typed, or a message that says what is wrong with it. */
export function parseValue(field: ThresholdField, text: string, format: Format): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter a value for ${field.label}.` };
  const { shape } = field;
  let value: number;
  if (shape.kind === 'pace') {
    const m = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed);
    if (!m)
      return {
        ok: false,
        message: `${field.label} must be minutes and seconds per ${shape.per(format.system)}, like 4:30.`,
      };
    const secondsPer = Number(m[1]) * 60 + Number(m[2]);
    value = secondsPer === 0 ? Infinity : shape.meters(format.system) / secondsPer;
  } else {
    // A decimal comma is as likely as a point in a typed number.
    const n = Number(trimmed.replace(',', '.'));
    if (!Number.isFinite(n))
      return { ok: false, message: `${field.label} must be a number, in ${shape.unit(format.system)}.` };
    value = n / shape.perSi(format.system);
  }
  if (value < field.min || value > field.max) {
    // A pace reads fastest first; that is the larger speed.
    const [low, high] = shape.kind === 'pace' ? [field.max, field.min] : [field.min, field.max];
    return {
      ok: false,
      message: `${field.label} must be between ${showValue(field, low, format)} and ${showValue(field, high, format)}.`,
    };
  }
  return { ok: true, value };
}
