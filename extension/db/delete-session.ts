// Deleting a session leaves tombstones (its summary and its samples), so the
// deletion can reach other devices; lists and reads skip them. Its original
// files stay: another session may share them, and re-importing them brings
// the session back.
import type { SessionsDb } from './database';
import { queueSync } from './outbox';

/** Marks a live session and its samples deleted. Returns false when there was no such live session. */
export function deleteSession(db: SessionsDb, id: string): Promise<boolean> {
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.streams, db.outbox], async () => {
    const row = await db.sessions.get(id);
    if (row === undefined || row.deletedAt !== null) return false;
    await db.sessions.put({ ...row, updatedAt: now, deletedAt: now });
    await queueSync(db, 'sessions', id, 'delete', now);
    const streams = await db.streams.get(id);
    if (streams !== undefined) {
      await db.streams.put({ ...streams, updatedAt: now, deletedAt: now });
      await queueSync(db, 'streams', id, 'delete', now);
    }
    return true;
  });
}
