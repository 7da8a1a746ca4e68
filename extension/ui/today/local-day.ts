// "Today" in the athlete's own calendar: the analytics count days in local time
// (shared/analytics/common/day.ts), so the browser's current UTC offset picks the day.
import { dayNumber, dayToIsoDate } from '../../../shared/analytics';

/** Today's local day number. */
export function localDay(now: number = Date.now()): number {
  // getTimezoneOffset is minutes *behind* UTC (positive west of Greenwich), hence the sign.
  return dayNumber(now, -new Date(now).getTimezoneOffset() * 60);
}

/** Today's local date as 'YYYY-MM-DD': the id of today's wellness row and the date plans are kept under. */
export function localIsoDate(now: number = Date.now()): string {
  return dayToIsoDate(localDay(now));
}

export const MS_PER_DAY = 86_400_000;
