// Planned sessions by day. A plan's date is its local 'YYYY-MM-DD' (indexed).
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { PlanRow } from './records';

/** Live plans dated `from` to `to` (inclusive ISO dates), or every live plan without a range. */
export function listPlans(handle: SessionsDb, range?: { from: string; to: string }): Promise<PlanRow[]> {
  const db = tablesOf(handle);
  const plans =
    range === undefined ? db.plans.toCollection() : db.plans.where('date').between(range.from, range.to, true, true);
  return plans.filter(isLive).toArray();
}
