// A session's beat-to-beat intervals (`rrIntervalsS`) grow with its length: an hour of them is ~270 KB of
// JSON, more than a synced row may hold (MAX_ROW_BYTES). So they travel in the session's samples file, not
// in its summary row: sync reads a streams row with its session's intervals added to the samples, and when
// the samples arrive it gives the intervals back to the session (docs/sync.md). The import writes a session
// and its samples together (putSession), so a change of intervals always comes with its samples' sync note.
import type { Database } from './database';
import { getByKeys } from './get-by-keys';
import type { Row } from './sync-fields';

const INTERVALS = 'rrIntervalsS';

/** A synced row as sync reads it: a streams row's samples carry its session's intervals. */
export async function readSyncRow(db: Database, table: string, rowId: string): Promise<Row | undefined> {
  const row = (await db.table(table).get(rowId)) as Row | undefined;
  if (table !== 'streams' || row?.streams === undefined) return row;
  // A streams row is keyed by its session's id.
  return withIntervals(row, (await db.sessions.get(rowId))?.rrIntervalsS);
}

function withIntervals(row: Row, intervals: Float32Array | undefined): Row {
  return intervals === undefined ? row : { ...row, streams: { ...(row.streams as object), [INTERVALS]: intervals } };
}

/**
 * `readSyncRow` for many rows, in their order: one request per table (and one for the streams rows' sessions)
 * instead of one or two a row.
 */
export async function readSyncRows(
  db: Database,
  keys: readonly { readonly table: string; readonly rowId: string }[],
): Promise<(Row | undefined)[]> {
  const rows: (Row | undefined)[] = new Array(keys.length);
  for (const table of new Set(keys.map((k) => k.table))) {
    const at = keys.flatMap((k, i) => (k.table === table ? [i] : []));
    const ids = at.map((i) => keys[i]!.rowId);
    const found = (await getByKeys(db.table(table), ids)) as (Row | undefined)[];
    const sessions = table === 'streams' ? await getByKeys(db.sessions, ids) : [];
    for (const [j, i] of at.entries()) {
      const row = found[j];
      rows[i] = table === 'streams' && row?.streams !== undefined ? withIntervals(row, sessions[j]?.rrIntervalsS) : row;
    }
  }
  return rows;
}

/** A streams row as stored, and the intervals its samples carried for the session (sync-store writes both). */
export function splitIntervals(row: Row): { readonly row: Row; readonly intervals: Float32Array | undefined } {
  if (row.streams === undefined) return { row, intervals: undefined };
  const { [INTERVALS]: intervals, ...streams } = row.streams as Record<string, unknown>;
  return { row: { ...row, streams }, intervals: intervals as Float32Array | undefined };
}

/** Whether the session already holds the intervals that arrived: then it is not written again. */
export function sameIntervals(held: Float32Array | undefined, arrived: Float32Array | undefined): boolean {
  if (held === undefined || arrived === undefined) return held === arrived;
  return held.length === arrived.length && held.every((v, i) => Object.is(v, arrived[i]));
}

/** A session row made from the server's fields keeps the intervals its samples brought (they are no field). */
export function keepIntervals(table: string, next: Row, local: Row | undefined): Row {
  const intervals = local?.[INTERVALS];
  return table !== 'sessions' || intervals === undefined || next.deletedAt !== null || INTERVALS in next
    ? next
    : { ...next, [INTERVALS]: intervals };
}

/** Whether a field of a row's table travels in a file instead (the intervals, in the samples). */
export function inSamplesFile(table: string, name: string): boolean {
  return table === 'sessions' && name === INTERVALS;
}

/** Writes a row from the server: the intervals a streams row's samples carry go back to its session. */
export async function writeSyncedRow(db: Database, table: string, row: Row): Promise<void> {
  if (table !== 'streams') {
    await db.table(table).put(row);
    return;
  }
  const { row: stored, intervals } = splitIntervals(row);
  await db.table(table).put(stored);
  const session = await db.sessions.get(row.id);
  if (session === undefined || session.deletedAt !== null || sameIntervals(session.rrIntervalsS, intervals)) return;
  const { rrIntervalsS: _stale, ...rest } = session;
  await db.sessions.put(intervals === undefined ? rest : { ...rest, rrIntervalsS: intervals });
}
