// Wellness check-ins. A row's id is its date ('YYYY-MM-DD'), so primary-key
// order is date order and "up to a day" is a key range.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { WellnessRow } from './records';

/** Live days, oldest first: all of them, or those up to `upTo` (inclusive ISO date). */
export function listWellness(handle: SessionsDb, upTo?: string): Promise<WellnessRow[]> {
  const { wellness } = tablesOf(handle);
  const days = upTo === undefined ? wellness.toCollection() : wellness.where('id').belowOrEqual(upTo);
  return days.filter(isLive).toArray();
}

/** The live check-in of one day, or null. */
export async function getWellness(handle: SessionsDb, date: string): Promise<WellnessRow | null> {
  const row = await tablesOf(handle).wellness.get(date);
  return isLive(row) ? row : null;
}
