// Every local change leaves a note for sync. Keyed by table and row, so a row
// changed ten times offline is pushed once, as it stands when sync runs.
import type { Database } from './database';
import type { OutboxRow, SyncedTable } from './records';

/** The note that a row changed. */
export function outboxRow(table: SyncedTable, rowId: string, op: OutboxRow['op'], at: number): OutboxRow {
  return { id: `${table}:${rowId}`, table, rowId, op, at, updatedAt: at, deletedAt: null };
}

/** Records that a row changed. Call inside the transaction that changes it, so the two commit together. */
export function queueSync(
  db: Database,
  table: SyncedTable,
  rowId: string,
  op: OutboxRow['op'],
  at: number,
): Promise<string> {
  return db.outbox.put(outboxRow(table, rowId, op, at));
}
