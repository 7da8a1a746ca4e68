// Stores one import: its sessions, their samples and original files, and the
// outbox notes for sync, in one transaction, so a failure anywhere leaves
// the database exactly as it was before the import began.
import { localIsoDate } from '../../shared/analytics';
import type { ImportIssue, ImportResult, Session, SourceRef } from '../../shared/model';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { LIVE } from './live-index';
import { asImported } from './corrections';
import { keepStoredIdentity, mergeIfSameWorkout, mergeSharingFiles, type Merged } from './merge-with-stored';
import { putRows } from './write-rows';
import { putWorkoutPlans } from './save-workout-plans';
import type { EditableField, ImportedValues, SessionRow, SourceRow } from './records';
import { toSession, toSessionRow } from './session-row';

/** Original bytes by content hash, as the importer read them (decompressed). Files left out are not kept. */
export type SourceBytes = ReadonlyMap<string, { readonly file: string; readonly bytes: Uint8Array }>;

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

// isSameWorkout (shared/model/identity.ts) matches starts up to 14 h apart
// (a time-zone mistake) give or take 3 min; stored sessions further away
// than this can never match, so they are not read.
const CANDIDATE_WINDOW_MS = 15 * 3_600_000;

/** Live stored sessions holding each of these content hashes, as they were before this import. */
async function storedByHash(db: Database, sessions: readonly Session[]): Promise<Map<string, SessionRow>> {
  const hashes = [...new Set(sessions.flatMap((s) => s.sources.map((src) => src.contentHash)))];
  const rows = await db.sessions.where('sourceHashes').anyOf(hashes).filter(isLive).toArray();
  const byHash = new Map<string, SessionRow>();
  for (const row of rows) for (const hash of row.sourceHashes) byHash.set(hash, row);
  return byHash;
}

/** The stored session as its files have it (corrections are laid over the merge afterwards), with its samples. */
async function withStreams(db: Database, row: SessionRow): Promise<Session> {
  return toSession(asImported(row), (await db.streams.get(row.id))?.streams);
}

async function findSameWorkout(
  db: Database,
  incoming: Session,
): Promise<{ stored: SessionRow; merged: Merged } | null> {
  const candidates = await db.sessions
    .where('[live+start]')
    .between([LIVE, incoming.start - CANDIDATE_WINDOW_MS], [LIVE, incoming.start + CANDIDATE_WINDOW_MS], true, true)
    .toArray();
  for (const stored of candidates) {
    // Streams are read only for the session that matches: the decision needs the summaries alone.
    if (mergeIfSameWorkout(toSession(asImported(stored), undefined), incoming) === null) continue;
    const merged = mergeIfSameWorkout(await withStreams(db, stored), incoming);
    if (merged !== null) return { stored, merged };
  }
  return null;
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

/** Keeps the original files of these sources that were given and are not stored yet. */
async function putSources(db: Database, sources: readonly SourceRef[], bytes: SourceBytes, now: number): Promise<void> {
  for (const source of sources) {
    const given = bytes.get(source.contentHash);
    if (given === undefined) continue;
    const existing = await db.sources.get(source.contentHash);
    if (isLive(existing)) continue;
    const row: SourceRow = {
      id: source.contentHash,
      contentHash: source.contentHash,
      file: given.file,
      format: source.format,
      bytes: given.bytes,
      sizeBytes: given.bytes.length,
      addedAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await putRows(db, 'sources', [row], 'sync');
  }
}

/**
 * Saves the sessions of one import. A session whose every file is already
 * stored is skipped; one sharing some files with a stored session, or the
 * same workout recorded elsewhere (the importer's rule), is merged into the
 * stored one, which keeps its id and every source. Workouts read from workout
 * files become plans on `planDate` (today unless the caller says otherwise).
 * Rejects, storing nothing of this import, when any write fails.
 */
export function saveImport(
  handle: SessionsDb,
  result: ImportResult,
  sourceBytes: SourceBytes,
  planDate: string = localIsoDate(),
): Promise<SaveImportOutcome> {
  const db = tablesOf(handle);
  const now = Date.now();
  const tables = [db.sessions, db.streams, db.sources, db.plans, db.profile, db.outbox];
  return db.transaction('rw', tables, async () => {
    const stored = await storedByHash(db, result.sessions);
    const issues = new Map<string, ImportIssue>();
    const addedIds: string[] = [];
    let merged = 0;
    let duplicates = 0;
    for (const incoming of result.sessions) {
      const file = incoming.sources[0]?.file ?? incoming.id;
      const known = incoming.sources.map((s) => stored.get(s.contentHash));
      const holder = known.find((row) => row !== undefined);
      if (holder !== undefined && known.every((row) => row !== undefined)) {
        duplicates++;
        const message = `${file}: already in your library (same bytes as ${holder.sources.map((s) => s.file).join(' and ')}): skipped, not counted twice`;
        issues.set(file, { file, code: 'duplicate', message });
        continue;
      }
      // Re-read: an earlier session of this import may have merged into the holder.
      const current = holder === undefined ? undefined : await db.sessions.get(holder.id);
      const match =
        current === undefined
          ? await findSameWorkout(db, incoming)
          : { stored: current, merged: mergeSharingFiles(await withStreams(db, current), incoming) };
      if (match === null) {
        await putSession(db, incoming, [], now);
        addedIds.push(incoming.id);
      } else {
        const kept = keepStoredIdentity(match.stored, match.merged.session);
        await putSession(db, kept.session, match.stored.editedFields, now, kept.imported);
        merged++;
        issues.set(file, { file, code: 'merged', message: match.merged.message });
      }
      await putSources(db, incoming.sources, sourceBytes, now);
    }
    const planned = await putWorkoutPlans(db, result.workouts ?? [], planDate, now);
    const allIssues = [...issues.values(), ...planned.issues];
    return { added: addedIds.length, addedIds, merged, duplicates, issues: allIssues, plannedIds: planned.plannedIds };
  });
}
