// The one way rows are written: every put and hard delete in db/ goes through
// here, so a change the athlete made is noted for sync (outbox.ts) in the same
// transaction that makes it. Callers open that transaction over the table and the outbox.
import type { Database } from './database';
import { isLive } from './live';
import { outboxRow, queueSync } from './outbox';
import type { AiRequestRow, Rows, SyncedTable, Tombstone } from './records';

/**
 * Whether a change travels: 'sync' notes it for the athlete's other devices; 'local' is for data derived
 * from what is stored (load inputs) or generated (the demo season), which is never pushed.
 */
export type Reach = 'sync' | 'local';

/** Puts the rows; with 'sync' each is noted at its updatedAt, as a deletion when it is a tombstone. */
export async function putRows<T extends SyncedTable>(
  db: Database,
  table: T,
  rows: readonly Rows[T][],
  reach: Reach,
): Promise<void> {
  await db.table(table).bulkPut([...rows]);
  if (reach === 'local') return;
  // One request for all the notes: awaiting each in turn would wait for every row's write to land first.
  await db.outbox.bulkPut(rows.map((row) => outboxRow(table, row.id, isLive(row) ? 'put' : 'delete', row.updatedAt)));
}

/**
 * Deletes the rows, leaving of each only what sync needs to pass the deletion on (its id and times: every
 * synced table is keyed by id), and notes each deletion in the outbox.
 */
export async function buryRows(db: Database, table: SyncedTable, ids: readonly string[], at: number): Promise<void> {
  const tombstones: Tombstone[] = ids.map((id) => ({ id, updatedAt: at, deletedAt: at }));
  await db.table(table).bulkPut(tombstones);
  for (const id of ids) await queueSync(db, table, id, 'delete', at);
}

/** Removes rows outright with any outbox notes about them: only for rows that must never sync (demo data). */
export async function dropRows(db: Database, table: SyncedTable, ids: readonly string[]): Promise<void> {
  await db.table(table).bulkDelete([...ids]);
  await db.outbox.bulkDelete(ids.map((id) => `${table}:${id}`));
}

/** Adds a row to the AI ledger: this device's own record, never noted for sync. */
export async function addLedgerRow(db: Database, row: AiRequestRow): Promise<void> {
  await db.aiRequests.add(row);
}

/** Empties the AI ledger. */
export async function clearLedger(db: Database): Promise<void> {
  await db.aiRequests.clear();
}
