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
