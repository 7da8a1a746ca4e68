// Deleting a session leaves tombstones (its summary and its samples), so the
// deletion can reach other devices; lists and reads skip them. Its original
// files stay: another session may share them, and re-importing them brings
// the session back.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { putRows } from './write-rows';

/** Marks a live session and its samples deleted. Returns false when there was no such live session. */
export function deleteSession(handle: SessionsDb, id: string): Promise<boolean> {
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.streams, db.outbox], async () => {
    const row = await db.sessions.get(id);
    if (!isLive(row)) return false;
    await putRows(db, 'sessions', [{ ...row, updatedAt: now, deletedAt: now }], 'sync');
    const streams = await db.streams.get(id);
    if (streams !== undefined) await putRows(db, 'streams', [{ ...streams, updatedAt: now, deletedAt: now }], 'sync');
    return true;
  });
}
