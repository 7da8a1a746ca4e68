// The wellness log: every live day, newest first. A row's id is its date
// ('YYYY-MM-DD'), so primary-key order is date order.
import type { SessionsDb, WellnessRow } from '../../db';

export function readWellnessLog(db: SessionsDb): Promise<WellnessRow[]> {
  return db.wellness
    .toCollection()
    .reverse()
    .filter((row) => row.deletedAt === null)
    .toArray();
}
