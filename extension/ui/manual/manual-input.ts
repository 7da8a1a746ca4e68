// The log-a-workout form's text turned into a manual entry, or a message saying
// which field is wrong and how to write it; and a stored session back into that text.
import type { Sport } from '../../../shared/model';
import type { ManualEntry, SessionRow } from '../../db';
import { parseHoursMinutes } from '../common/hours-minutes';
import type { UnitSystem } from '../units/format';
import { METERS_PER_MILE } from '../units/imperial';

export interface ManualFields {
  /** 'YYYY-MM-DD' and 'HH:MM', the athlete's local clock. */
  readonly date: string;
  readonly time: string;
  readonly sport: Sport;
  /** "h:mm". */
  readonly duration: string;
  /** In km or mi by the athlete's units; empty when not known. */
  readonly distance: string;
  /** '0'..'10', or empty when not given. */
  readonly rpe: string;
  readonly title: string;
  readonly notes: string;
}

const perUnit = (units: UnitSystem) => (units === 'imperial' ? METERS_PER_MILE : 1000);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** `offsetMinutes(epochMs)`: the local clock's UTC offset then (the browser's, by default). */
export function toManualEntry(
  fields: ManualFields,
  units: UnitSystem,
  offsetMinutes: (epochMs: number) => number = (ms) => -new Date(ms).getTimezoneOffset(),
): { entry: ManualEntry } | { error: string } {
  const clock = /^\d{4}-\d{2}-\d{2}$/.test(fields.date) && /^\d{2}:\d{2}$/.test(fields.time);
  const asUtc = clock ? Date.parse(`${fields.date}T${fields.time}:00Z`) : Number.NaN;
  if (Number.isNaN(asUtc)) return { error: 'Choose the date and start time of the workout.' };
  const durationS = parseHoursMinutes(fields.duration);
  if (durationS === null) return { error: 'Write the duration as hours:minutes, for example 0:45.' };
  const distance = fields.distance.trim() === '' ? null : Number(fields.distance);
  if (distance !== null && !(Number.isFinite(distance) && distance >= 0))
    return { error: 'The distance must be a number, or left empty.' };
  // The typed clock is local: the offset at that instant turns it into UTC.
  const utcOffsetS = offsetMinutes(asUtc) * 60;
  return {
    entry: {
      sport: fields.sport,
      start: asUtc - utcOffsetS * 1000,
      utcOffsetS,
      durationS,
      distanceM: distance === null ? null : distance * perUnit(units),
      rpe: fields.rpe === '' ? null : Number(fields.rpe),
      title: orNull(fields.title),
      notes: orNull(fields.notes),
    },
  };
}

/** The form's text for a stored hand-logged session, on the clock it was logged in. */
export function manualFields(row: SessionRow, units: UnitSystem): ManualFields {
  const local = new Date(row.start + (row.utcOffsetS ?? 0) * 1000).toISOString();
  const minutes = Math.round(row.elapsedS / 60);
  return {
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    sport: row.sport,
    duration: `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
    distance: row.distanceM === null ? '' : String(Math.round((row.distanceM / perUnit(units)) * 100) / 100),
    rpe: row.rpe === null ? '' : String(row.rpe),
    title: row.title ?? '',
    notes: row.notes ?? '',
  };
}
