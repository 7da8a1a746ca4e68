// Day numbers (days since 1970-01-01 in local time, as shared/analytics counts
// them) for the calendar: today's, and each day's instant for date formatting.
import { dayNumber, MS_PER_DAY } from '../../../shared/analytics';

/** Today in the browser's time zone (getTimezoneOffset is minutes behind UTC, hence the sign). */
export function localToday(): number {
  return dayNumber(Date.now(), -new Date().getTimezoneOffset() * 60);
}

/** Midnight UTC of the day: format it with a UTC offset of 0 to print that calendar date. */
export function dayMs(day: number): number {
  return day * MS_PER_DAY;
}

/** The first and last day of the calendar month `months` after the one holding `day` (before it when negative). */
export function monthAround(day: number, months = 0): { first: number; last: number } {
  const date = new Date(dayMs(day));
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / MS_PER_DAY;
  const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 1) / MS_PER_DAY;
  return { first, last: next - 1 };
}
