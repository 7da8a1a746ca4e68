// Writing the small tables (wellness, plans, notes, profile, settings,
// insights) with the bookkeeping sync needs: the change time, tombstones
// instead of deletes, and an outbox note in the same transaction.
import type { SessionsDb } from './database';
import { queueSync } from './outbox';
import type { InsightRow, NoteRow, PlanRow, ProfileRow, SettingRow, WellnessRow } from './records';

interface RecordTables {
  wellness: WellnessRow;
  plans: PlanRow;
  notes: NoteRow;
  profile: ProfileRow;
  settings: SettingRow;
  insights: InsightRow;
}
export type RecordTable = keyof RecordTables;
/** A row as the caller gives it: saveRecord stamps the rest. */
export type RecordInput<T extends RecordTable> = Omit<RecordTables[T], 'updatedAt' | 'deletedAt'>;

/** Adds or replaces a row (by its id) and queues it for sync. */
export async function saveRecord<T extends RecordTable>(
  db: SessionsDb,
  table: T,
  record: RecordInput<T>,
): Promise<RecordTables[T]> {
  const now = Date.now();
  const row = { ...record, updatedAt: now, deletedAt: null } as RecordTables[T];
  await db.transaction('rw', [db.table(table), db.outbox], async () => {
    await db.table(table).put(row);
    await queueSync(db, table, row.id, 'put', now);
  });
  return row;
}

/** Marks a live row deleted and queues the deletion. Returns false when there was no such live row. */
export function deleteRecord(db: SessionsDb, table: RecordTable, id: string): Promise<boolean> {
  const now = Date.now();
  return db.transaction('rw', [db.table(table), db.outbox], async () => {
    const row: RecordTables[RecordTable] | undefined = await db.table(table).get(id);
    if (row === undefined || row.deletedAt !== null) return false;
    await db.table(table).put({ ...row, updatedAt: now, deletedAt: now });
    await queueSync(db, table, id, 'delete', now);
    return true;
  });
}
