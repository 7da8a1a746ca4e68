// Writing the small tables (wellness, plans, notes, profile, settings,
// insights) with the bookkeeping sync needs: the change time, tombstones
// instead of deletes, and an outbox note in the same transaction.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { Rows } from './records';
import { putRows } from './write-rows';

export type RecordTable = 'wellness' | 'plans' | 'notes' | 'profile' | 'settings' | 'insights';
/** A row as the caller gives it: saveRecord stamps the rest. */
export type RecordInput<T extends RecordTable> = Omit<Rows[T], 'updatedAt' | 'deletedAt'>;

/** Adds or replaces a row (by its id) and queues it for sync. */
export async function saveRecord<T extends RecordTable>(
  handle: SessionsDb,
  table: T,
  record: RecordInput<T>,
): Promise<Rows[T]> {
  const db = tablesOf(handle);
  const row = { ...record, updatedAt: Date.now(), deletedAt: null } as Rows[T];
  await db.transaction('rw', [db.table(table), db.outbox], () => putRows(db, table, [row], 'sync'));
  return row;
}

/** Marks a live row deleted and queues the deletion. Returns false when there was no such live row. */
export function deleteRecord(handle: SessionsDb, table: RecordTable, id: string): Promise<boolean> {
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.table(table), db.outbox], async () => {
    const row: Rows[RecordTable] | undefined = await db.table(table).get(id);
    if (!isLive(row)) return false;
    await putRows(db, table, [{ ...row, updatedAt: now, deletedAt: now }], 'sync');
    return true;
  });
}
