// Days are whole numbers counted from 1970-01-01 in the athlete's local time, so
// daily series can live in typed arrays indexed by day. A session belongs to the
// local calendar day it started on (its UTC offset when the file tells it, else UTC).
const MS_PER_DAY = 86_400_000;

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
