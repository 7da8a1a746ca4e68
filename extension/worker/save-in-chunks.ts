// A large import is saved a chunk of files at a time, each chunk in a
// transaction of its own: one transaction holding 3,000 sessions' samples and
// originals grew slower per row as it grew (BENCHMARKS.md, issue 15). A file's
// sessions always share a chunk, so whatever stops the save, each file is
// either stored whole or not at all.
import { eventLoopYielder } from '../../importer';
import type { ImportResult, Session } from '../../shared/model';
import { prepareSessions, saveImport, type SaveImportOutcome, type SessionsDb, type SourceBytes } from '../db';

/** Sessions per transaction: few enough that a transaction stays small, enough that each costs little. */
export const CHUNK_SESSIONS = 200;

/** Thrown when a chunk could not be saved: the chunks before it are stored, and `saved` says what they held. */
export class SavedInPart extends Error {
  constructor(
    readonly saved: SaveImportOutcome,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

const fileOf = (session: Session) => session.sources[0]?.file ?? session.id;

/** The sessions in chunks of about `size`, a file's sessions kept together, in the order of their first. */
export function chunksByFile(sessions: readonly Session[], size: number = CHUNK_SESSIONS): Session[][] {
  const byFile = new Map<string, Session[]>();
  for (const session of sessions) {
    const group = byFile.get(fileOf(session));
    if (group) group.push(session);
    else byFile.set(fileOf(session), [session]);
  }
  const chunks: Session[][] = [];
  let chunk: Session[] = [];
  for (const group of byFile.values()) {
    chunk.push(...group);
    if (chunk.length < size) continue;
    chunks.push(chunk);
    chunk = [];
  }
  if (chunk.length > 0 || chunks.length === 0) chunks.push(chunk);
  return chunks;
}

const NOTHING: SaveImportOutcome = { added: 0, addedIds: [], merged: 0, duplicates: 0, issues: [], plannedIds: [] };

function together(a: SaveImportOutcome, b: SaveImportOutcome): SaveImportOutcome {
  return {
    added: a.added + b.added,
    addedIds: [...a.addedIds, ...b.addedIds],
    merged: a.merged + b.merged,
    duplicates: a.duplicates + b.duplicates,
    issues: [...a.issues, ...b.issues],
    plannedIds: [...a.plannedIds, ...b.plannedIds],
  };
}

/**
 * Saves `result` chunk by chunk (the workout plans with the last), calling `onChunk` with the total so far
 * after each. Rejects with SavedInPart when a chunk fails. While a chunk is being written and committed, the
 * next one is prepared (prepareSessions) in slices between the transaction's own steps.
 */
export async function saveInChunks(
  db: SessionsDb,
  result: ImportResult,
  sourceBytes: SourceBytes,
  onChunk: (soFar: SaveImportOutcome, sessionsSaved: number) => void,
): Promise<SaveImportOutcome> {
  const chunks = chunksByFile(result.sessions);
  let soFar = NOTHING;
  let sessionsSaved = 0;
  const pause = eventLoopYielder();
  for (const [i, sessions] of chunks.entries()) {
    const workouts = i === chunks.length - 1 ? (result.workouts ?? []) : [];
    // Settled into a value at once: a failure while the next chunk is prepared is not left unhandled.
    const saving = saveImport(db, { ...result, sessions, workouts }, sourceBytes).then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
    // A failure preparing shows again, with its cause, when that chunk is saved.
    await prepareSessions(chunks[i + 1] ?? [], pause).catch(() => undefined);
    const saved = await saving;
    if ('error' in saved) throw new SavedInPart(soFar, saved.error);
    soFar = together(soFar, saved.outcome);
    sessionsSaved += sessions.length;
    onChunk(soFar, sessionsSaved);
  }
  return soFar;
}
