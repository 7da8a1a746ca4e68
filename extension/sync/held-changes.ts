// Changes a sync leaves on this device while the rest of the library syncs: a
// row too large for the server, or one the server refused. Settings → Account
// names each by its session, with the reason in words.
import { getSession, type SessionsDb } from '../db';
import { MAX_ROW_BYTES, type SyncTable } from '../../shared/sync/tables';
import type { HeldChange } from './status';

const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;

export const tooLargeReason = (bytes: number) =>
  `it holds ${kib(bytes)} of data, more than the ${kib(MAX_ROW_BYTES)} one item may hold`;

export const refusedReason = (error: unknown) =>
  `the server refused it (${error instanceof Error ? error.message : String(error)})`;

/** A change that stays on this device, named by its session when it has one. */
export async function heldChange(db: SessionsDb, table: SyncTable, rowId: string, reason: string): Promise<HeldChange> {
  // A session's summary and its samples row share the session's id.
  const row = table === 'sessions' || table === 'streams' ? await getSession(db, rowId) : undefined;
  const session = row === undefined || row.deletedAt !== null ? null : { title: row.title, start: row.start };
  return { table, rowId, session, reason };
}
