// Days are whole numbers counted from 1970-01-01 in the athlete's local time, so
// daily series can live in typed arrays indexed by day. A session belongs to the
// local calendar day it started on (its UTC offset when the file tells it, else UTC).
/** The length of a calendar day in milliseconds (days here have no leap seconds, as in JavaScript's Date). */
export const MS_PER_DAY = 86_400_000;

/** Day number of an instant, shifted by a UTC offset in seconds (null: UTC). */
export function dayNumber(epochMs: number, utcOffsetS: number | null = null): number {
  return Math.floor((epochMs + (utcOffsetS ?? 0) * 1000) / MS_PER_DAY);
}

/** 'YYYY-MM-DD' of a day number. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of 'YYYY-MM-DD' (NaN when the text is not a date). */
export function isoDateToDay(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? NaN : Math.round(ms / MS_PER_DAY);
}

/** Day number of the Monday starting the ISO week (ISO 8601: weeks start on Monday). */
export function weekStartDay(day: number): number {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** 'YYYY-MM' of a day number. */
export function monthKey(day: number): string {
  return dayToIsoDate(day).slice(0, 7);
}

/** The local day number of an instant in the host's time zone (the browser's, for the athlete's "today"). */
export function localDay(epochMs: number = Date.now()): number {
  // getTimezoneOffset is minutes *behind* UTC (positive west of Greenwich), hence the sign.
  return dayNumber(epochMs, -new Date(epochMs).getTimezoneOffset() * 60);
}

/** The host's local date of an instant as 'YYYY-MM-DD': today's wellness row id, the date plans are kept under. */
export function localIsoDate(epochMs: number = Date.now()): string {
  return dayToIsoDate(localDay(epochMs));
}
