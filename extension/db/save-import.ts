// Stores one import: its sessions, their samples and original files, and the
// outbox notes for sync, in one transaction, so a failure anywhere leaves
// the database exactly as it was before the import began.
import { localIsoDate } from '../../shared/analytics';
import type { ImportIssue, ImportResult, Session } from '../../shared/model';
import { type Database, type SessionsDb, tablesOf } from './database';
import { ImportBatch, type SourceBytes } from './import-batch';
import { asImported } from './corrections';
import { keepStoredIdentity, loadStoredMerger, type Merged, type StoredMerger } from './merge-with-stored';
import { putWorkoutPlans } from './save-workout-plans';
import type { EditableField, ImportedValues, SessionRow } from './records';
import { toSession, toSessionRow } from './session-row';
import { putRows } from './write-rows';

export type { SourceBytes };

export interface SaveImportOutcome {
  /** Sessions new to the library. */
  readonly added: number;
  /** Their ids, for what follows an import (the summary after import). */
  readonly addedIds: readonly string[];
  /** Sessions folded into one already stored. */
  readonly merged: number;
  /** Sessions whose every file was already stored: skipped. */
  readonly duplicates: number;
  /** One 'duplicate' or 'merged' issue per file, in plain words. */
  readonly issues: ImportIssue[];
  /** Plans made from workout files (FIT workouts), dated `planDate`. */
  readonly plannedIds: readonly string[];
}

/**
 * The first candidate that is the same workout as `incoming`, merged with it. Awaits nothing unless
 * a candidate's summary matches: Dexie keeps its transaction through a few native awaits only, and
 * a bulk import awaiting once per session would lose it.
 */
function findSameWorkout(
  merger: StoredMerger,
  batch: ImportBatch,
  incoming: Session,
): Promise<{ stored: SessionRow; merged: Merged } | null> | null {
  // Streams are read only for the sessions that match: the decision needs the summaries alone.
  const likely = batch
    .candidates(incoming.start)
    .filter((stored) => merger.ifSameWorkout(toSession(asImported(stored), undefined), incoming) !== null);
  if (likely.length === 0) return null;
  return (async () => {
    for (const stored of likely) {
      const merged = merger.ifSameWorkout(await batch.withStreams(stored), incoming);
      if (merged !== null) return { stored, merged };
    }
    return null;
  })();
}

/** Writes a session's summary row and its samples, each with its sync note. */
export async function putSession(
  db: Database,
  session: Session,
  editedFields: readonly EditableField[],
  now: number,
  imported: ImportedValues = {},
): Promise<void> {
  const { row, streams } = toSessionRow(session, editedFields, now, imported);
  await putRows(db, 'sessions', [row], 'sync');
  if (streams === undefined) return;
  await putRows(db, 'streams', [{ id: row.id, sessionId: row.id, streams, updatedAt: now, deletedAt: null }], 'sync');
}

/**
 * Saves the sessions of one import. A session whose every file is already
 * stored is skipped; one sharing some files with a stored session, or the
 * same workout recorded elsewhere (the importer's rule), is merged into the
 * stored one, which keeps its id and every source. Workouts read from workout
 * files become plans on `planDate` (today unless the caller says otherwise).
 * Rejects, storing nothing of this import, when any write fails.
 */
export async function saveImport(
  handle: SessionsDb,
  result: ImportResult,
  sourceBytes: SourceBytes,
  planDate: string = localIsoDate(),
): Promise<SaveImportOutcome> {
  const db = tablesOf(handle);
  // Loaded before the transaction opens: awaiting a module inside it would end it.
  const merger = await loadStoredMerger();
  const now = Date.now();
  const tables = [db.sessions, db.streams, db.sources, db.plans, db.profile, db.outbox];
  return db.transaction('rw', tables, async () => {
    const batch = await ImportBatch.read(db, result.sessions, now);
    const issues = new Map<string, ImportIssue>();
    const addedIds: string[] = [];
    let merged = 0;
    let duplicates = 0;
    for (const incoming of result.sessions) {
      const file = incoming.sources[0]?.file ?? incoming.id;
      const known = incoming.sources.map((s) => batch.storedByHash.get(s.contentHash));
      const holder = known.find((row) => row !== undefined);
      if (holder !== undefined && known.every((row) => row !== undefined)) {
        duplicates++;
        const message = `${file}: already in your library (same bytes as ${holder.sources.map((s) => s.file).join(' and ')}): skipped, not counted twice`;
        issues.set(file, { file, code: 'duplicate', message });
        continue;
      }
      // As it stands now: an earlier session of this import may have merged into the holder.
      const current = holder === undefined ? undefined : batch.current(holder);
      let match: { stored: SessionRow; merged: Merged } | null = null;
      if (current !== undefined) {
        match = { stored: current, merged: merger.sharingFiles(await batch.withStreams(current), incoming) };
      } else {
        // No await (not even of null) when nothing matches: see findSameWorkout.
        const same = findSameWorkout(merger, batch, incoming);
        if (same !== null) match = await same;
      }
      if (match === null) {
        batch.putSession(incoming, []);
        addedIds.push(incoming.id);
      } else {
        const kept = keepStoredIdentity(match.stored, match.merged.session);
        batch.putSession(kept.session, match.stored.editedFields, kept.imported);
        merged++;
        issues.set(file, { file, code: 'merged', message: match.merged.message });
      }
      batch.putSources(incoming.sources, sourceBytes);
    }
    await batch.write();
    const planned = await putWorkoutPlans(db, result.workouts ?? [], planDate, now);
    const allIssues = [...issues.values(), ...planned.issues];
    return { added: addedIds.length, addedIds, merged, duplicates, issues: allIssues, plannedIds: planned.plannedIds };
  });
}
