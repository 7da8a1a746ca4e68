// What "Erase all local data" would remove, counted as the athlete knows it:
// live rows (tombstones of things already deleted are the database's
// bookkeeping, erased with the rest but never shown).
import { countSessions, type SessionsDb } from '../../db';

export interface EraseCounts {
  readonly sessions: number;
  readonly files: number;
  readonly wellnessDays: number;
  readonly plans: number;
  readonly notes: number;
}

const live = <T extends { readonly deletedAt: number | null }>(row: T) => row.deletedAt === null;

export async function eraseCounts(db: SessionsDb): Promise<EraseCounts> {
  return {
    sessions: await countSessions(db, {}),
    // Every stored file: a deleted session keeps its files (delete-session.ts),
    // and counting through a filter would read each file's bytes.
    files: await db.sources.count(),
    wellnessDays: await db.wellness.filter(live).count(),
    plans: await db.plans.filter(live).count(),
    notes: await db.notes.filter(live).count(),
  };
}
