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

/** Live reflections newest first (by date, then last change), holding every word of `search` in any case. */
export async function listReflections(handle: SessionsDb, search = ''): Promise<NoteRow[]> {
  const words = search
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const matches = (n: NoteRow) =>
    isLive(n) && n.kind === 'reflection' && words.every((w) => n.text.toLocaleLowerCase().includes(w));
  const rows = await tablesOf(handle).notes.filter(matches).toArray();
  return rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.updatedAt - a.updatedAt);
}
