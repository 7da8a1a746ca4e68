// Sessions without a file: a workout the athlete logs by hand. It is an ordinary
// session with no sources and no samples, so lists, load (session-RPE, the one
// signal it has) and sync treat it like any other; a file of the same workout
// imported later merges into it (save-import.ts), keeping what the athlete wrote.
import { epochMs, meters, NOTHING_MEASURED, SPORTS, seconds, type Session, type Sport } from '../../shared/model';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { EditableField, SessionRow } from './records';
import { toSessionRow } from './session-row';
import { putRows } from './write-rows';

export interface ManualEntry {
  readonly sport: Sport;
  /** Epoch ms of the start. */
  readonly start: number;
  /** The local clock's UTC offset at the start, in seconds, so the date shows as the athlete logged it. */
  readonly utcOffsetS: number | null;
  readonly durationS: number;
  readonly distanceM: number | null;
  /** Perceived exertion 0-10: what scores the session's load. */
  readonly rpe: number | null;
  readonly title: string | null;
  readonly notes: string | null;
}

/** True for a session logged by hand: it has no file behind it. */
export function isManual(session: Pick<SessionRow, 'sources'>): boolean {
  return session.sources.length === 0;
}

function checkEntry(entry: ManualEntry): void {
  if (!SPORTS.includes(entry.sport)) throw new RangeError(`"${entry.sport}" is not a sport SessionsAI knows`);
  if (!(entry.durationS > 0)) throw new RangeError('A session needs a duration longer than zero');
  if (entry.distanceM !== null && !(entry.distanceM >= 0)) throw new RangeError('A distance cannot be negative');
  if (entry.rpe !== null && !(entry.rpe >= 0 && entry.rpe <= 10))
    throw new RangeError(`RPE must be between 0 and 10, not ${entry.rpe}`);
}

function toManualSession(id: string, entry: ManualEntry): Session {
  return {
    id,
    sport: entry.sport,
    subSport: 'generic',
    start: epochMs(entry.start),
    utcOffsetS: entry.utcOffsetS === null ? null : seconds(entry.utcOffsetS),
    elapsedS: seconds(entry.durationS),
    movingS: seconds(entry.durationS),
    ...NOTHING_MEASURED,
    distanceM: entry.distanceM === null ? null : meters(entry.distanceM),
    title: entry.title,
    notes: entry.notes,
    rpe: entry.rpe,
    gear: null,
    laps: [],
    legs: [],
    sources: [],
    warnings: [],
  };
}

/** What the athlete wrote counts as their correction, so a file merged in later keeps it. */
function writtenFields(entry: ManualEntry): EditableField[] {
  return (['title', 'notes', 'rpe'] as const).filter((field) => entry[field] !== null);
}

/**
 * Stores a new hand-logged session, or replaces the numbers of one (by `id`) that
 * is still hand-logged. Returns the stored row; undefined when `id` names no live
 * hand-logged session (deleted, or a file has merged into it since). Rejects with
 * a RangeError, storing nothing, for a sport, duration, distance or RPE out of range.
 */
export async function saveManualSession(
  handle: SessionsDb,
  entry: ManualEntry,
  id?: string,
): Promise<SessionRow | undefined> {
  checkEntry(entry);
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.sessions, db.outbox], async () => {
    const existing = id === undefined ? undefined : await db.sessions.get(id);
    if (id !== undefined && (!isLive(existing) || !isManual(existing))) return undefined;
    const edited = new Set([...(existing?.editedFields ?? []), ...writtenFields(entry)]);
    const session = toManualSession(id ?? `manual-${crypto.randomUUID()}`, entry);
    const { row } = toSessionRow(session, [...edited], now);
    await putRows(db, 'sessions', [row], 'sync');
    return row;
  });
}
