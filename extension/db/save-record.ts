// Writing the small tables (wellness, plans, notes, profile, settings,
// insights) with the bookkeeping sync needs: the change time, bare tombstones
// instead of deletes, and an outbox note in the same transaction. Deleting a
// wellness day, plan or note also deletes the AI answers built on it.
import { type Database, type SessionsDb, tablesOf } from './database';
import { insightsAbout } from './deletion-reach';
import { isLive } from './live';
import type { Rows } from './records';
import { buryRows, putRows } from './write-rows';

export type RecordTable = 'wellness' | 'plans' | 'notes' | 'profile' | 'settings' | 'insights';
/** A row as the caller gives it: saveRecord stamps the rest. */
export type RecordInput<T extends RecordTable> = Omit<Rows[T], 'updatedAt' | 'deletedAt'>;

/** Adds or replaces a row (by its id) and queues it for sync. */
export async function saveRecord<T extends RecordTable>(
  handle: SessionsDb,
  table: T,
  record: RecordInput<T>,
): Promise<Rows[T]> {
  const [row] = await saveRecords(handle, table, [record]);
  return row!;
}

/** Adds or replaces rows (a copied week of plans) in one transaction, so all are stored or none, and queues them. */
export async function saveRecords<T extends RecordTable>(
  handle: SessionsDb,
  table: T,
  records: readonly RecordInput<T>[],
): Promise<Rows[T][]> {
  const db = tablesOf(handle);
  const now = Date.now();
  const rows = records.map((record) => ({ ...record, updatedAt: now, deletedAt: null }) as Rows[T]);
  await db.transaction('rw', [db.table(table), db.outbox], () => putRows(db, table, rows, 'sync'));
  return rows;
}

/** The cached answers built on a row: those about its session or its date (wellness days, plans, notes). */
function answersBuiltOn(db: Database, table: RecordTable, row: Rows[RecordTable]): Promise<string[]> {
  if (table === 'wellness' || table === 'plans') return insightsAbout(db, { date: (row as Rows['plans']).date });
  if (table === 'notes') return insightsAbout(db, row as Rows['notes']);
  return Promise.resolve([]);
}

/** Deletes a live row (and the answers built on it) and queues the deletions. False when there was no such row. */
export function deleteRecord(handle: SessionsDb, table: RecordTable, id: string): Promise<boolean> {
  const db = tablesOf(handle);
  const now = Date.now();
  return db.transaction('rw', [db.table(table), db.insights, db.outbox], async () => {
    const row: Rows[RecordTable] | undefined = await db.table(table).get(id);
    if (!isLive(row)) return false;
    await buryRows(db, table, [id], now);
    await buryRows(db, 'insights', await answersBuiltOn(db, table, row), now);
    return true;
  });
}
