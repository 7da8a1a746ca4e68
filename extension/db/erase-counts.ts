// What "Erase all local data" would remove, counted as the athlete knows it:
// live rows (tombstones of things already deleted are the database's
// bookkeeping, erased with the rest but never shown).
import { type SessionsDb, tablesOf } from './database';
import { countSessions } from './list-sessions';
import { isLive } from './live';

export interface EraseCounts {
  readonly sessions: number;
  readonly files: number;
  readonly wellnessDays: number;
  readonly plans: number;
  readonly notes: number;
}

export async function eraseCounts(handle: SessionsDb): Promise<EraseCounts> {
  const db = tablesOf(handle);
  return {
    sessions: await countSessions(handle, {}),
    // Every stored file: a deleted session keeps its files (delete-session.ts),
    // and counting through a filter would read each file's bytes.
    files: await db.sources.count(),
    wellnessDays: await db.wellness.filter(isLive).count(),
    plans: await db.plans.filter(isLive).count(),
    notes: await db.notes.filter(isLive).count(),
  };
}
