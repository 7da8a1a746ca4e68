// Summaries kept in the database's insights table, one per subject, with what
// they were built from (the facts digest and the model), so the panel shows a
// kept answer at once and marks it stale when the facts or the model changed.
import type { TokenUsage } from '../../shared/ai';
import { getInsight, saveRecord, type InsightRow, type SessionsDb } from '../db';

export interface CachedAnswer {
  readonly subject: string;
  readonly text: string;
  readonly factsHash: string;
  readonly model: string;
  readonly createdAt: number;
  readonly usage: TokenUsage | null;
}

/** What the answer would be built from now. */
export interface CurrentInputs {
  readonly factsHash: string;
  readonly model: string;
}

export async function readCachedAnswer(db: SessionsDb, subject: string): Promise<CachedAnswer | null> {
  const row = await getInsight(db, subject);
  if (row === null) return null;
  return {
    subject: row.subject,
    text: row.answer,
    factsHash: row.factsHash,
    model: row.model,
    createdAt: row.createdAt,
    usage: row.usage ?? null,
  };
}

export async function saveCachedAnswer(
  db: SessionsDb,
  answer: Omit<CachedAnswer, 'createdAt'>,
  now: number = Date.now(),
): Promise<void> {
  const row: Omit<InsightRow, 'updatedAt' | 'deletedAt'> = {
    id: answer.subject,
    subject: answer.subject,
    answer: answer.text,
    factsHash: answer.factsHash,
    model: answer.model,
    createdAt: now,
    ...(answer.usage === null ? {} : { usage: answer.usage }),
  };
  await saveRecord(db, 'insights', row);
}

/** Stale: the facts changed since (a new session, a corrected threshold) or another model is chosen. */
export function isStale(answer: CachedAnswer, current: CurrentInputs): boolean {
  return answer.factsHash !== current.factsHash || answer.model !== current.model;
}
