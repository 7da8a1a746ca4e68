// What else goes when a row is deleted: the original files only it used, and
// the cached AI answers built on it. An answer is about a session when its
// subject names the session, and about a dated record when its period (a week
// or a block) holds the record's date.
import { isoDateToDay } from '../../shared/analytics/common/day';
import type { Database } from './database';
import { isLive } from './live';
import type { SessionRow } from './records';

/** Content hashes of the session's original files that no other live session uses. */
export async function unsharedSources(db: Database, session: SessionRow): Promise<string[]> {
  const hashes: string[] = [];
  for (const hash of session.sourceHashes) {
    const users = await db.sessions.where('sourceHashes').equals(hash).filter(isLive).primaryKeys();
    if (users.every((id) => id === session.id)) hashes.push(hash);
  }
  return hashes;
}

/** The first and last day of a period subject ('week:<from>', 'block:<from>..<to>'), or null for others. */
function periodOf(subject: string): [number, number] | null {
  const week = /^week:(\d{4}-\d{2}-\d{2})$/.exec(subject);
  if (week !== null) return [isoDateToDay(week[1]!), isoDateToDay(week[1]!) + 6];
  const block = /^block:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(subject);
  return block === null ? null : [isoDateToDay(block[1]!), isoDateToDay(block[2]!)];
}

/** Ids of the live cached answers about this session or about a period holding this date ('YYYY-MM-DD'). */
export async function insightsAbout(
  db: Database,
  about: { readonly sessionId?: string | null; readonly date?: string | null },
): Promise<string[]> {
  const day = about.date == null ? null : isoDateToDay(about.date);
  const sessionSubject = about.sessionId == null ? null : `session:${about.sessionId}`;
  const concerns = (subject: string): boolean => {
    if (subject === sessionSubject) return true;
    const period = day === null ? null : periodOf(subject);
    return period !== null && day! >= period[0] && day! <= period[1];
  };
  const rows = await db.insights.filter((row) => isLive(row) && concerns(row.subject)).toArray();
  return rows.map((row) => row.id);
}
