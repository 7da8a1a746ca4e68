// Deleting a session deletes it: its summary and samples become bare
// tombstones (so the deletion can reach other devices; reads skip them), and
// the original files no other session uses and the AI answers about it go in
// the same transaction. Re-importing the files brings the session back.
import { type SessionsDb, tablesOf } from './database';
import { insightsAbout, unsharedSources } from './deletion-reach';
import { isLive } from './live';
import { deletingSyncedFiles } from './sync-kept-files';
import { buryRows } from './write-rows';

/** Deletes a live session with what hangs on it. Returns false when there was no such live session. */
export function deleteSession(handle: SessionsDb, id: string): Promise<boolean> {
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.streams, db.sources, db.insights, db.outbox, db.syncState], async () => {
    const row = await db.sessions.get(id);
    if (!isLive(row)) return false;
    const sources = await deletingSyncedFiles(db, id, await unsharedSources(db, row));
    await buryRows(db, 'sessions', [id], now);
    if (isLive(await db.streams.get(id))) await buryRows(db, 'streams', [id], now);
    await buryRows(db, 'sources', sources, now);
    await buryRows(db, 'insights', await insightsAbout(db, { sessionId: id }), now);
    return true;
  });
}
