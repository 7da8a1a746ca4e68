// The athlete's right to correct their data: every value the detail shows
// (corrections.ts says how a correction is stored). A corrected field is
// remembered, so a file merged in later cannot undo it; the athlete can.
import { type SessionsDb, tablesOf } from './database';
import { checkPatch, correctRow, undoCorrection, type SessionPatch } from './corrections';
import { isLive } from './live';
import { putRows } from './write-rows';
import type { EditableField, SessionRow } from './records';

export type { SessionPatch } from './corrections';

/** Changes a live session's row in one transaction and queues it for sync; undefined when it is gone. */
async function rewriteSession(
  handle: SessionsDb,
  id: string,
  change: (row: SessionRow) => SessionRow,
): Promise<SessionRow | undefined> {
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.outbox], async () => {
    const row = await db.sessions.get(id);
    if (!isLive(row)) return undefined;
    const changed = change(row);
    // Efforts belong to a sport (session-efforts.ts): a changed sport's are worked out again from the samples.
    const { efforts: _stale, ...kept } = changed;
    const updated: SessionRow = { ...(changed.sport === row.sport ? changed : kept), updatedAt: now };
    await putRows(db, 'sessions', [updated], 'sync');
    return updated;
  });
}

/**
 * Applies the patch to a live session and queues it for sync. Returns the
 * updated row, or undefined when there is no such live session. Rejects with a
 * RangeError naming the problem, changing nothing, for a value out of range
 * (an unknown sport, a negative distance, an average above its maximum...).
 */
export async function updateSession(
  handle: SessionsDb,
  id: string,
  patch: SessionPatch,
): Promise<SessionRow | undefined> {
  checkPatch(patch);
  return rewriteSession(handle, id, (row) => correctRow(row, patch));
}

/** Puts `field` back to the value its files gave, and queues the session for sync. */
export function revertCorrection(
  handle: SessionsDb,
  id: string,
  field: EditableField,
): Promise<SessionRow | undefined> {
  return rewriteSession(handle, id, (row) => undoCorrection(row, field));
}
