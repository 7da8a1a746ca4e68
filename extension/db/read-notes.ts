// Notes and reflections, about one session or dated within a period.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { NoteRow } from './records';

/** Live notes of the session. */
export function listSessionNotes(handle: SessionsDb, sessionId: string): Promise<NoteRow[]> {
  return tablesOf(handle).notes.where('sessionId').equals(sessionId).filter(isLive).toArray();
}

/** Live notes dated `from` to `to` (inclusive ISO dates). */
export function listDatedNotes(handle: SessionsDb, from: string, to: string): Promise<NoteRow[]> {
  const inPeriod = (n: NoteRow) => isLive(n) && n.date !== null && n.date >= from && n.date <= to;
  return tablesOf(handle).notes.filter(inPeriod).toArray();
}
