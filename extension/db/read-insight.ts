// A kept AI answer, one per subject (its id).
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { InsightRow } from './records';

/** The live answer kept for the subject, or null. */
export async function getInsight(handle: SessionsDb, subject: string): Promise<InsightRow | null> {
  const row = await tablesOf(handle).insights.get(subject);
  return isLive(row) ? row : null;
}
