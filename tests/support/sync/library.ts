// A device's library as data, to compare devices with each other and with
// the server: every synced table's rows by id, without updatedAt (each
// device's own time of its last local write to the row), and without the
// settings each device derives from its library for itself (the threshold
// estimates, made when samples arrive, never synced).
import { SYNCED_TABLES } from '../../../extension/db';
import type { Database } from '../../../extension/db/database';
import { ESTIMATES_ID, SUGGESTIONS_ID } from '../../../extension/db/threshold-estimates';

const DERIVED_SETTINGS = new Set([ESTIMATES_ID, SUGGESTIONS_ID]);

export type Library = Record<string, Record<string, unknown>>;

/** A synced table's rows as a device holds them, the settings it derives for itself left out. */
export async function syncedRows(db: Database, table: string): Promise<{ id: string; updatedAt?: number }[]> {
  const rows = (await db.table(table).toArray()) as { id: string; updatedAt?: number }[];
  return rows.filter((row) => table !== 'settings' || !DERIVED_SETTINGS.has(row.id));
}

export async function libraryOf(db: Database): Promise<Library> {
  const library: Library = {};
  for (const table of SYNCED_TABLES) {
    const rows = await syncedRows(db, table);
    const byId: Record<string, unknown> = {};
    for (const { updatedAt: _updated, ...row } of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) byId[row.id] = row;
    library[table] = byId;
  }
  return library;
}
