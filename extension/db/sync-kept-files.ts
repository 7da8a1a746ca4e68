// Samples and original files a device let go of while a session naming them may be live after all, or come back: a
// session deleted here that an edit made elsewhere brings back (that edit may even arrive after the deletion has
// won), a session deleted elsewhere brought back by a device that never had its files, or a file deleted by another
// device because a session of its own no longer used it while a session here still does. When the devices that
// held the file have all let it go, it is lost everywhere (docs/sync.md, "Files a live session still names"). So a
// device that syncs keeps each file's row it deletes, content included, in syncState; after each complete pull a
// file that a live session names again comes back, and an unclaimed copy goes after 30 days.
import { effectiveDeletedAt, latestWrite } from '../../shared/sync/fields';
import { BLOB_TABLES, type SyncTable } from '../../shared/sync/tables';
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive, liveRows } from './live';
import { queueSync } from './outbox';
import { buryRows } from './write-rows';
import { contentOfBytes, fileContent, type Row } from './sync-fields';
import { rowFile } from './sync-file-hash';
import { readSyncRow, writeSyncedRow } from './sync-intervals';
import {
  type Base,
  baseKey,
  fetchKey,
  getState,
  putState,
  type Stamp,
  stampKey,
  syncsHere,
  syncTables,
} from './sync-state';

const KEPT_PREFIX = 'sync.kept:';
const keptKey = (table: string, rowId: string) => `${KEPT_PREFIX}${table}:${rowId}`;
/** The copy itself, apart, so a sync reads only the small notes of what is kept. */
const copyKey = (table: string, rowId: string) => `sync.keptCopy:${table}:${rowId}`;
/** How long a copy waits for a device to bring its session back: the server's own window for erasure. */
export const KEEP_MS = 30 * 86_400_000;

interface Kept {
  readonly keptAt: number;
}

interface KeptCopy {
  /** The file's row without its content. */
  readonly row: Row;
  /** Samples as their packed file (samples-file.ts: ~44 kB an hour), an original file as its Blob. */
  readonly file: Uint8Array | Blob;
}

/** The live sessions here that name a file's row: its session for samples, those listing it for an original. */
export async function sessionsNaming(db: Database, table: SyncTable, rowId: string): Promise<string[]> {
  if (table === 'streams') return isLive(await db.sessions.get(rowId)) ? [rowId] : [];
  // Keys from the index, then the rows: a filtered collection would walk a cursor, slow for each file fetched.
  const ids = await db.sessions.where('sourceHashes').equals(rowId).primaryKeys();
  return liveRows(await db.sessions.bulkGet(ids)).map((session) => session.id);
}

/**
 * Keeps a file's row with its content before it is deleted here: a samples row as sync reads it (readSyncRow, with
 * its session's intervals), so the copy is the file that was synced. Rows without content need nothing kept.
 */
export async function keepFile(db: Database, table: SyncTable, row: Row | undefined): Promise<void> {
  if (!BLOB_TABLES.includes(table) || !isLive(row)) return;
  const content = fileContent(table, row) as object | undefined;
  if (content === undefined) return;
  const { streams: _samples, bytes: _bytes, ...bare } = row;
  const file = content instanceof Blob ? content : rowFile(table, content).bytes;
  await putState(db, copyKey(table, row.id), { row: bare, file } satisfies KeptCopy);
  await putState(db, keptKey(table, row.id), { keptAt: Date.now() } satisfies Kept);
}

/**
 * Before a session is deleted here: when this browser syncs, keeps copies of its samples and of `sources` (its
 * original files no other live session here uses). Answers the ones of `sources` stored here, to delete.
 */
export async function deletingSyncedFiles(
  db: Database,
  sessionId: string,
  sources: readonly string[],
): Promise<string[]> {
  const stored = liveRows((await db.sources.bulkGet([...sources])) as (Row | undefined)[]);
  if (await syncsHere(db)) {
    await keepFile(db, 'streams', await readSyncRow(db, 'streams', sessionId));
    for (const row of stored) await keepFile(db, 'sources', row);
  }
  return stored.map((row) => row.id);
}

/**
 * Settles, after a pull through the server's head, the files of sessions deleted or brought back: a kept file
 * (deleted here and on the server) that a live session here names again comes back, pushed whole just after its
 * deletion; a kept copy goes once its file is back by other means (imported again, or live on the server, to
 * fetch) or after KEEP_MS. An original file still to fetch that no live session names (its session was deleted
 * by a device that had not seen the file's row yet) is deleted here and on the server. Answers how many rows it
 * queued to push.
 */
export function settleSyncedFiles(handle: SessionsDb): Promise<number> {
  const db = tablesOf(handle);
  return db.transaction('rw', syncTables(db), async () => {
    const now = Date.now();
    let queued = 0;
    for (const entry of await db.syncState.where('id').startsWith(KEPT_PREFIX).toArray()) {
      const [table, ...rest] = entry.id.slice(KEPT_PREFIX.length).split(':') as [SyncTable, ...string[]];
      const rowId = rest.join(':');
      const { keptAt } = entry.value as Kept;
      // This device's own change of the file (its deletion) still waiting: the server's copy says nothing yet.
      if ((await db.outbox.get(`${table}:${rowId}`)) !== undefined) continue;
      const drop = () => db.syncState.bulkDelete([entry.id, copyKey(table, rowId)]);
      const base = await getState<Base>(db, baseKey(table, rowId));
      const deletedThere = base === undefined || effectiveDeletedAt(base.fields) !== null;
      if (isLive(await db.table(table).get(rowId)) || !deletedThere) {
        await drop();
        continue;
      }
      if ((await sessionsNaming(db, table, rowId)).length === 0) {
        if (now - keptAt > KEEP_MS) await drop();
        continue;
      }
      const copy = await getState<KeptCopy>(db, copyKey(table, rowId));
      await drop();
      if (copy === undefined) continue;
      const content = copy.file instanceof Blob ? copy.file : contentOfBytes(table, copy.file);
      const field = table === 'streams' ? 'streams' : 'bytes';
      // Measured against nothing, every field goes, just after the deletion the server holds: a later deletion
      // (the session deleted again, elsewhere) still wins over it.
      const t = base === undefined ? copy.row.updatedAt : latestWrite(base.fields) + 1;
      await writeSyncedRow(db, table, { ...copy.row, [field]: content, updatedAt: now });
      await putState(db, baseKey(table, rowId), { seq: base?.seq ?? 0, fields: {} } satisfies Base);
      await putState(db, stampKey(table, rowId), { updatedAt: now, t } satisfies Stamp);
      await queueSync(db, table, rowId, 'put', now);
      queued++;
    }
    const toFetch = await db.syncState.where('id').startsWith(fetchKey('sources', '')).primaryKeys();
    for (const key of toFetch) {
      const hash = key.slice(fetchKey('sources', '').length);
      if ((await sessionsNaming(db, 'sources', hash)).length > 0) continue;
      await db.syncState.delete(key);
      await buryRows(db, 'sources', [hash], now);
      queued++;
    }
    return queued;
  });
}
