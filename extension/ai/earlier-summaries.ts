// The key points of summaries already kept, for a week's or block's summary to
// follow on from: the weeks just before it (oldest first), then its own
// sessions'. They are the model's earlier words, sent back as quoted data.
import { dayToIsoDate, weekStartDay, type SessionRecord } from '../../shared/analytics';
import { keyPoints, type QuotedText } from '../../shared/ai';
import type { SessionsDb } from '../db';
import { readCachedAnswer } from './insight-cache';

/** "Third week of the build" needs the two or three weeks before. */
export const EARLIER_WEEKS = 3;
/** A week's sessions, at most; a block's latest ones. */
export const EARLIER_SESSIONS = 7;

export async function earlierSummaries(
  db: SessionsDb,
  fromDay: number,
  toDay: number,
  sessions: readonly SessionRecord[],
): Promise<QuotedText[]> {
  const monday = weekStartDay(fromDay);
  const weeks = Array.from({ length: EARLIER_WEEKS }, (_, i) => dayToIsoDate(monday - 7 * (EARLIER_WEEKS - i)));
  const own = sessions.filter((s) => s.day >= fromDay && s.day <= toDay).slice(-EARLIER_SESSIONS);
  const kept = await Promise.all([
    ...weeks.map(async (week) => ({ label: `Week of ${week}`, answer: await readCachedAnswer(db, `week:${week}`) })),
    ...own.map(async (s) => ({
      label: `${s.sport} session of ${dayToIsoDate(s.day)}`,
      answer: await readCachedAnswer(db, `session:${s.id}`),
    })),
  ]);
  return kept.flatMap(({ label, answer }) => (answer ? [{ label, text: keyPoints(answer.text) }] : []));
}
