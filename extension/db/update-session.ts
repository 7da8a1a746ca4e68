// The athlete's right to correct their data: title, sport, notes and RPE.
// A corrected field is remembered, so a file merged in later cannot undo it.
import { SPORTS, type Sport } from '../../shared/model';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { putRows } from './write-rows';
import { EDITABLE_FIELDS, type SessionRow } from './records';

export interface SessionPatch {
  readonly title?: string | null;
  readonly sport?: Sport;
  readonly notes?: string | null;
  /** Perceived exertion 0-10 (the model's scale), or null to clear it. */
  readonly rpe?: number | null;
}

function checkPatch(patch: SessionPatch): void {
  if (patch.sport !== undefined && !SPORTS.includes(patch.sport))
    throw new RangeError(`"${patch.sport}" is not a sport SessionsAI knows`);
  if (patch.rpe != null && !(patch.rpe >= 0 && patch.rpe <= 10))
    throw new RangeError(`RPE must be between 0 and 10, not ${patch.rpe}`);
}

/**
 * Applies the patch to a live session and queues it for sync. Returns the
 * updated row, or undefined when there is no such live session. Rejects with a
 * RangeError, changing nothing, for a sport or RPE out of range.
 */
export async function updateSession(
  handle: SessionsDb,
  id: string,
  patch: SessionPatch,
): Promise<SessionRow | undefined> {
  const db = tablesOf(handle);
  checkPatch(patch);
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.outbox], async () => {
    const row = await db.sessions.get(id);
    if (!isLive(row)) return undefined;
    const fields = EDITABLE_FIELDS.filter((f) => patch[f] !== undefined);
    const changes = Object.fromEntries(fields.map((f) => [f, patch[f]]));
    // A corrected sport also retires the file's sub-sport, which belonged to the old sport.
    if (patch.sport !== undefined && patch.sport !== row.sport) changes.subSport = 'generic';
    // Efforts belong to a sport (session-efforts.ts): a corrected sport's are worked out again from the samples.
    const { efforts: _stale, ...kept } = row;
    const updated: SessionRow = {
      ...(patch.sport !== undefined && patch.sport !== row.sport ? kept : row),
      ...changes,
      editedFields: [...new Set([...row.editedFields, ...fields])],
      updatedAt: now,
    };
    await putRows(db, 'sessions', [updated], 'sync');
    return updated;
  });
}
