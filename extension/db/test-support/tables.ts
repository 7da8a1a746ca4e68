// Tables opened for tests outside db/ (test support only): to plant rows as an
// older version or another device left them, and to check what a write stored.
import { type SessionsDb, tablesOf } from '../database';
import type { Rows, TableName } from '../records';

/** Puts the rows as given: no stamping, no outbox note. */
export async function plantRows<T extends TableName>(
  db: SessionsDb,
  table: T,
  rows: readonly Rows[T][],
): Promise<void> {
  await tablesOf(db)
    .table(table)
    .bulkPut([...rows]);
}

/** Every row of the table, tombstones included, in primary-key order. */
export function tableRows<T extends TableName>(db: SessionsDb, table: T): Promise<Rows[T][]> {
  return tablesOf(db).table(table).toArray();
}

/** One row by id, tombstone or not. */
export function tableRow<T extends TableName>(db: SessionsDb, table: T, id: string): Promise<Rows[T] | undefined> {
  return tablesOf(db).table(table).get(id);
}

/** How many rows the table holds, tombstones included. */
export function countRows(db: SessionsDb, table: TableName): Promise<number> {
  return tablesOf(db).table(table).count();
}

/** The rows the database stores for a session, to plant them as an import would. */
export { toSessionRow } from '../session-row';
