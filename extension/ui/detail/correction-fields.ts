// The session values the athlete can correct in the detail, each written and
// read back in the athlete's units: the text a field starts with, and the
// typed text turned into the model's SI value or a message naming the problem.
import { formatDuration, type Sport } from '../../../shared/model';
import type { SessionPatch, SessionRow } from '../../db';
import type { Format } from '../units/format';
import { METERS_PER_FOOT, METERS_PER_MILE, METERS_PER_YARD } from '../units/imperial';

export type NumberField =
  | 'start'
  | 'elapsedS'
  | 'distanceM'
  | 'ascentM'
  | 'avgHr'
  | 'maxHr'
  | 'avgPowerW'
  | 'maxPowerW';

export interface CorrectionField {
  readonly key: NumberField;
  readonly label: string;
  /** The input's type: the start is a local date and time, the rest are text (emptied to clear a value). */
  readonly input: 'datetime-local' | 'text';
}

export const CORRECTION_FIELDS: readonly CorrectionField[] = [
  { key: 'start', label: 'Start', input: 'datetime-local' },
  { key: 'elapsedS', label: 'Duration (h:mm:ss)', input: 'text' },
  { key: 'distanceM', label: 'Distance', input: 'text' },
  { key: 'ascentM', label: 'Ascent', input: 'text' },
  { key: 'avgHr', label: 'Avg HR (bpm)', input: 'text' },
  { key: 'maxHr', label: 'Max HR (bpm)', input: 'text' },
  { key: 'avgPowerW', label: 'Avg power (W)', input: 'text' },
  { key: 'maxPowerW', label: 'Max power (W)', input: 'text' },
];

/** Metres per unit the athlete reads a distance in: yards or metres in the pool, miles or km elsewhere. */
function distanceUnit(sport: Sport, format: Format): { name: string; meters: number } {
  const imperial = format.system === 'imperial';
  if (sport === 'swimming') return imperial ? { name: 'yd', meters: METERS_PER_YARD } : { name: 'm', meters: 1 };
  return imperial ? { name: 'mi', meters: METERS_PER_MILE } : { name: 'km', meters: 1000 };
}

const elevationUnit = (format: Format) =>
  format.system === 'imperial' ? { name: 'ft', meters: METERS_PER_FOOT } : { name: 'm', meters: 1 };

/** The unit a field is typed in, for its label ("Distance (km)"); empty where the label says it. */
export function unitOf(key: NumberField, sport: Sport, format: Format): string {
  if (key === 'distanceM') return distanceUnit(sport, format).name;
  if (key === 'ascentM') return elevationUnit(format).name;
  return '';
}

/** The session's local clock at `at`: the offset the file stated, else the browser's at that instant. */
const offsetMs = (at: number, utcOffsetS: number | null) =>
  utcOffsetS === null ? -new Date(at).getTimezoneOffset() * 60_000 : utcOffsetS * 1000;

const trimmed = (n: number, digits: number) => String(Math.round(n * 10 ** digits) / 10 ** digits);

/** The text a field starts with: the session's value in the athlete's units. */
export function fieldText(key: NumberField, row: SessionRow, format: Format): string {
  if (key === 'start') return new Date(row.start + offsetMs(row.start, row.utcOffsetS)).toISOString().slice(0, 16);
  if (key === 'elapsedS') return formatDuration(row.elapsedS);
  const value = row[key];
  if (value === null) return '';
  if (key === 'distanceM') return trimmed(value / distanceUnit(row.sport, format).meters, 3);
  if (key === 'ascentM') return trimmed(value / elevationUnit(format).meters, 0);
  return trimmed(value, 0);
}

/** "1:02:03" or "1:02" (h:mm) -> seconds; null for anything else. */
function parseClock(text: string): number | null {
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

type Parsed = { readonly value: number | null } | { readonly error: string };

/** The typed text as the model's value, or the problem in words. */
export function parseField(key: NumberField, text: string, row: SessionRow, format: Format): Parsed {
  const typed = text.trim();
  const label = CORRECTION_FIELDS.find((f) => f.key === key)!.label;
  if (key === 'start') {
    const asUtc = Date.parse(`${typed}:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(typed) || Number.isNaN(asUtc))
      return { error: 'Start: choose a date and a time.' };
    return { value: asUtc - offsetMs(asUtc, row.utcOffsetS) };
  }
  if (key === 'elapsedS') {
    const s = parseClock(typed);
    return s === null ? { error: 'Duration: write it as hours:minutes:seconds, for example 1:05:00.' } : { value: s };
  }
  if (typed === '') return { value: null };
  const n = Number(typed.replace(',', '.'));
  if (!Number.isFinite(n)) return { error: `${label}: "${typed}" is not a number.` };
  if (key === 'distanceM') return { value: n * distanceUnit(row.sport, format).meters };
  if (key === 'ascentM') return { value: n * elevationUnit(format).meters };
  return { value: n };
}

/**
 * The patch for the fields whose text the athlete changed: a value left as shown is not a correction (so saving
 * one field does not mark the others corrected). The first unreadable field gives its error.
 */
export function changedValues(
  texts: Readonly<Record<NumberField, string>>,
  row: SessionRow,
  format: Format,
): { readonly patch: SessionPatch } | { readonly error: string } {
  const patch: Record<string, number | null> = {};
  for (const { key } of CORRECTION_FIELDS) {
    if (texts[key].trim() === fieldText(key, row, format)) continue;
    const parsed = parseField(key, texts[key], row, format);
    if ('error' in parsed) return parsed;
    patch[key] = parsed.value;
  }
  return { patch: patch as SessionPatch };
}

/** The imported value in the athlete's units, as the key numbers write it. */
export function importedText(key: NumberField, value: number | null, row: SessionRow, format: Format): string {
  if (value === null) return 'none';
  switch (key) {
    case 'start':
      return format.dateTime(value, row.utcOffsetS);
    case 'elapsedS':
      return formatDuration(value);
    case 'distanceM':
      return format.distance(value, row.sport);
    case 'ascentM':
      return format.elevation(value);
    case 'avgHr':
    case 'maxHr':
      return format.heartRate(value);
    default:
      return format.power(value);
  }
}
