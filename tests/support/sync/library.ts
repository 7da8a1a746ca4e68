// A device's library as data, to compare devices with each other and with
// the server: every synced table's rows by id, without updatedAt (each
// device's own time of its last local write to the row).
import { SYNCED_TABLES } from '../../../extension/db';
import type { Database } from '../../../extension/db/database';

export type Library = Record<string, Record<string, unknown>>;

export async function libraryOf(db: Database): Promise<Library> {
  const library: Library = {};
  for (const table of SYNCED_TABLES) {
    const rows = (await db.table(table).toArray()) as { id: string; updatedAt?: number }[];
    const byId: Record<string, unknown> = {};
    for (const { updatedAt: _updated, ...row } of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) byId[row.id] = row;
    library[table] = byId;
  }
  return library;
}
