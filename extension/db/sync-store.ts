// Rows as the server holds them, applied to the local database: a pull's pages and a push's answer, merged with
// any local change not yet pushed, and the samples and original files fetched after their rows. Rows written here
// come from the server, so they are not queued for sync again; each function is one transaction, so a crash
// between two leaves nothing half done. The engine (extension/sync) is the only caller.
import { type Clock, DELETED_AT, effectiveDeletedAt, latestWrite, mergeFields } from '../../shared/sync/fields';
import type { ServerRow, WireField } from '../../shared/sync/protocol';
import { BLOB_FIELD, BLOB_TABLES, blobOf, type SyncTable } from '../../shared/sync/tables';
import { type Database, type SessionsDb, tablesOf } from './database';
import { deleteByKeys } from './delete-by-keys';
import { getByKeys } from './get-by-keys';
import { queueSync } from './outbox';
import type { OutboxRow, SyncStateRow, Tombstone } from './records';
import { encodeRow, encodeStored, fileContent, materialize, type Row } from './sync-fields';
import { sameValue } from './sync-file-hash';
import { pendingFields } from './sync-pending';
import type { PushBatch, TakenRow } from './sync-push-batch';
import {
  type Base,
  baseKey,
  CURSOR,
  FETCH_PREFIX,
  fetchKey,
  fieldMap,
  getState,
  putState,
  settle,
  type Stamp,
  stampKey,
  statesOf,
  syncCursor,
  syncTables,
} from './sync-state';
import { keepFile, sessionsNaming } from './sync-kept-files';
import { keepIntervals, readSyncRow, readSyncRows, writeSyncedRow } from './sync-intervals';

async function applyOne(db: Database, server: ServerRow, deviceId: string, pulled: boolean): Promise<void> {
  const { table, rowId } = server;
  const base = await getState<Base>(db, baseKey(table, rowId));
  // A pulled row this device already holds at that change (its own push's answer, most often) changes nothing;
  // a push's answer is applied even so, since it settles the outbox entry that was pushed.
  if (base !== undefined && (base.seq > server.seq || (pulled && base.seq === server.seq))) return;
  if (server.needsWhole === true) return pushWhole(db, server, deviceId);
  if (server.fields.length === 0) return;
  const fields = fieldMap(server.fields);
  const row = await readSyncRow(db, table, rowId);
  const entry: OutboxRow | undefined = await db.outbox.get(`${table}:${rowId}`);
  // Local changes not yet pushed meet the server's fields under the same rule as on the server (shared/sync/fields.ts):
  // a deletion made here that lost to a later edit erases nothing, and a change made here after a deletion the
  // server holds brings the row back only whole (the server's copy holds none of its values any more).
  const stamp = await getState<Stamp>(db, stampKey(table, rowId));
  const pending =
    row !== undefined && entry !== undefined ? pendingFields(table, row, base, deviceId, stamp).fields : [];
  const local = mergeFields(fields, fieldMap(pending), false);
  if (local.needsWhole) return pushWhole(db, server, deviceId);
  const merged = local.fields;
  const sha = blobOf(merged);
  const localBlob = row === undefined ? undefined : encodeRow(table, row)[BLOB_FIELD];
  const localSha = localBlob === undefined ? null : (JSON.parse(localBlob) as string);
  const deleted = effectiveDeletedAt(merged) !== null;
  if (deleted && row !== undefined && (await keptBySession(db, table, row, merged[DELETED_AT]!))) {
    // Its stamp forgotten, the row goes stamped later than the server's copy, so later than the deletion.
    await db.syncState.delete(stampKey(table, rowId));
    return pushWhole(db, server, deviceId);
  }
  await putState(db, baseKey(table, rowId), { seq: server.seq, fields } satisfies Base);
  if (BLOB_TABLES.includes(table) && sha !== localSha && !deleted) {
    // The list is usable at once; the file follows (fetchFile).
    if (sha !== null) await putState(db, fetchKey(table, rowId), sha);
    // A change waiting here that lost whole (a deletion made before the server's later write) goes no further:
    // sent again, it would be stamped after that write and win over it.
    if (entry !== undefined && !local.changed) await settle(db, table, rowId);
    return;
  }
  await db.syncState.delete(fetchKey(table, rowId));
  const content = row === undefined ? undefined : fileContent(table, row);
  const next = keepIntervals(table, materialize(table, rowId, merged, content), row);
  // A file's row without its file (the server's copy was blanked by a deletion that lost) waits for the file.
  if (next.deletedAt === null && BLOB_TABLES.includes(table) && content === undefined) return;
  // Files deleted elsewhere, a session's samples with it, are kept for a while: a session naming them may be live
  // after all, or come back (sync-kept-files.ts).
  if (next.deletedAt !== null && row?.deletedAt === null) {
    if (BLOB_TABLES.includes(table)) await keepFile(db, table, row);
    else if (table === 'sessions') await keepFile(db, 'streams', await readSyncRow(db, 'streams', rowId));
  }
  await writeSyncedRow(db, table, next);
  if (table === 'sessions') await followSession(db, next, row !== undefined && row.deletedAt !== null);
  if (entry === undefined) return;
  const still = pendingFields(table, next, { seq: server.seq, fields }, deviceId, undefined).fields;
  if (still.length === 0) await settle(db, table, rowId);
  else {
    const t = pending.length === 0 ? next.updatedAt : rowStamp(pending);
    await putState(db, stampKey(table, rowId), { updatedAt: next.updatedAt, t } satisfies Stamp);
  }
}

/** The time of a row's change: its pending fields carry it, but those only a file says are stamped 0. */
function rowStamp(pending: readonly WireField[]): number {
  return Math.max(...pending.map((f) => f.t));
}

/** The files of a session: its samples (keyed by the session) and its original files (by content hash). */
function filesOf(session: Row): [SyncTable, string][] {
  const hashes = (session.sourceHashes as readonly string[] | undefined) ?? [];
  return [['streams', session.id], ...hashes.map((h): [SyncTable, string] => ['sources', h])];
}

/**
 * The server refused to bring back a deleted row from a change alone (a deleted row holds no values):
 * this device still has the row, so it pushes all of it, with its files, later than the deletion.
 */
async function pushWhole(db: Database, server: ServerRow, deviceId: string): Promise<void> {
  const { table, rowId } = server;
  const fields = fieldMap(server.fields);
  const row = await readSyncRow(db, table, rowId);
  await putState(db, baseKey(table, rowId), { seq: server.seq, fields } satisfies Base);
  if (row === undefined || row.deletedAt !== null) return;
  const stamp = await getState<Stamp>(db, stampKey(table, rowId));
  const pending = pendingFields(table, row, { seq: server.seq, fields }, deviceId, stamp).fields;
  if (pending.length === 0) return;
  const t = rowStamp(pending);
  await putState(db, stampKey(table, rowId), { updatedAt: row.updatedAt, t } satisfies Stamp);
  await queueSync(db, table, rowId, 'put', row.updatedAt);
  if (table !== 'sessions') return;
  for (const [fileTable, id] of filesOf(row)) {
    const file = await readSyncRow(db, fileTable, id);
    if (file === undefined || fileContent(fileTable, file) === undefined) continue;
    // Measured against nothing, every field goes, stamped with the session's change.
    const seq = (await getState<Base>(db, baseKey(fileTable, id)))?.seq ?? 0;
    await putState(db, baseKey(fileTable, id), { seq, fields: {} } satisfies Base);
    await putState(db, stampKey(fileTable, id), { updatedAt: file.updatedAt, t } satisfies Stamp);
    await queueSync(db, fileTable, id, 'put', file.updatedAt);
  }
}

/**
 * Whether a file's row the server holds deleted is one this device still has for a session live here and brought
 * back on the server after that deletion, as last seen (by a whole row stamped later, docs/sync.md): its samples and
 * original files come back with it, even those this device had stamped before the deletion. A session last seen
 * live from before the deletion proves nothing: its own deletion may not have been pulled yet.
 */
async function keptBySession(db: Database, table: SyncTable, row: Row, deletion: Clock): Promise<boolean> {
  if (!BLOB_TABLES.includes(table) || row.deletedAt !== null || fileContent(table, row) === undefined) return false;
  for (const id of await sessionsNaming(db, table, row.id)) {
    const base = await getState<Base>(db, baseKey('sessions', id));
    if (base === undefined || effectiveDeletedAt(base.fields) !== null) continue;
    const live = base.fields[DELETED_AT];
    if (live !== undefined && (live.t > deletion.t || (live.t === deletion.t && live.d > deletion.d))) return true;
  }
  return false;
}

/**
 * A session's samples are deleted with it, samples and all. When a deletion made here lost to a later
 * edit, the session comes back: its files' deletions are not sent, and the files come back from the server.
 */
async function followSession(db: Database, session: Row, wasDeletedHere: boolean): Promise<void> {
  const streams = (await db.streams.get(session.id)) as Row | undefined;
  if (session.deletedAt !== null) {
    if (streams !== undefined && streams.deletedAt === null)
      await db
        .table('streams')
        .put({ id: session.id, updatedAt: session.updatedAt, deletedAt: session.deletedAt } satisfies Tombstone);
    return;
  }
  if (!wasDeletedHere) return;
  for (const [table, id] of filesOf(session)) {
    // Its files deleted here, or never fetched (the session was deleted before they came), come from the server.
    const file = (await db.table(table).get(id)) as Row | undefined;
    if (file?.deletedAt === null) continue;
    const base = await getState<Base>(db, baseKey(table, id));
    const sha = base === undefined ? null : blobOf(base.fields);
    // Files the server never had are gone with this deletion, which still travels.
    if (sha === null) continue;
    await settle(db, table, id);
    await putState(db, fetchKey(table, id), sha);
  }
}

/**
 * Applies rows as the server holds them (a pull page or a push's answer),
 * merging any local change not yet pushed; with `cursor`, records that the
 * device has pulled through it, in the same transaction.
 */
export function applyServerRows(
  handle: SessionsDb,
  rows: readonly ServerRow[],
  deviceId: string,
  cursor?: number,
): Promise<void> {
  const db = tablesOf(handle);
  return db.transaction('rw', syncTables(db), async () => {
    for (const row of await storeNew(db, rows)) await applyOne(db, row, deviceId, cursor !== undefined);
    if (cursor !== undefined && cursor > (await syncCursor(db))) await putState(db, CURSOR, cursor);
  });
}

/**
 * Applies a push's answer. When its change numbers past this device's pull cursor are exactly the next ones
 * (cursor + 1, + 2, ..., none missing), every change after the cursor up to them is a row the answer holds as
 * it now stands, so the cursor moves past them in the same transaction: the next pull does not fetch the
 * push's own rows back.
 */
export function applyPushAnswer(
  handle: SessionsDb,
  rows: readonly ServerRow[],
  deviceId: string,
  taken: PushBatch['taken'],
): Promise<void> {
  const db = tablesOf(handle);
  return db.transaction('rw', syncTables(db), async () => {
    for (const row of await settleUnchanged(db, rows, taken)) await applyOne(db, row, deviceId, false);
    const cursor = await syncCursor(db);
    const after = rows
      .map((r) => r.seq)
      .filter((seq) => seq > cursor)
      .sort((a, b) => a - b);
    if (after.length > 0 && after.every((seq, i) => seq === cursor + 1 + i))
      await putState(db, CURSOR, cursor + after.length);
  });
}

/**
 * Settles the answer's rows the server now holds exactly as this device does (most of a push: the server took
 * every field sent), read in a few bulk requests: nothing to write but the new base and the cleared outbox note,
 * as applyOne would leave them. Answers the other rows, for applyOne.
 */
async function settleUnchanged(
  db: Database,
  answer: readonly ServerRow[],
  taken: PushBatch['taken'],
): Promise<ServerRow[]> {
  const states = await statesOf(db, answer);
  const rows = await readSyncRows(db, answer);
  const settled: ServerRow[] = [];
  const rest: ServerRow[] = [];
  for (const [i, server] of answer.entries()) {
    const base = states.bases[i]?.value as Base | undefined;
    const stamp = states.stamps[i];
    const same =
      stamp === undefined &&
      (base === undefined || base.seq <= server.seq) &&
      holdsAsTaken(server, rows[i], taken.get(`${server.table}:${server.rowId}`));
    (same ? settled : rest).push(server);
  }
  const now = Date.now();
  await db.syncState.bulkPut(
    settled.map((r) => ({
      id: baseKey(r.table, r.rowId),
      value: { seq: r.seq, fields: fieldMap(r.fields) } satisfies Base,
      updatedAt: now,
      deletedAt: null,
    })),
  );
  // Notes to fetch a file are few (rows pulled whose file has not come yet): only those found are deleted.
  const notes = await getByKeys(
    db.syncState,
    settled.map((r) => fetchKey(r.table, r.rowId)),
  );
  await db.syncState.bulkDelete(notes.flatMap((note) => (note === undefined ? [] : [note.id])));
  await deleteByKeys(
    db.outbox,
    settled.map((r) => `${r.table}:${r.rowId}`),
  );
  return rest;
}

/**
 * Whether the server's row is the live local row as it stands, field for field and in its time of change: the
 * row is still as the batch read it (so its field JSON is the one taken then, not encoded again) and the server
 * holds that JSON.
 */
function holdsAsTaken(server: ServerRow, row: Row | undefined, taken: TakenRow | undefined): boolean {
  if (row === undefined || taken === undefined || row.deletedAt !== null) return false;
  if (server.needsWhole === true || server.fields.length === 0) return false;
  const fields = fieldMap(server.fields);
  if (row.updatedAt !== latestWrite(fields) || !sameRow(server.table, row, taken.row)) return false;
  const stored = encodeStored(fields);
  const names = Object.keys(taken.local);
  return names.length === Object.keys(stored).length && names.every((n) => taken.local[n] === stored[n]);
}

/**
 * Whether two reads of a row hold the same values. An original file's bytes are named by its row's id (their
 * SHA-256), so only whether it has them is compared, never the Blob.
 */
function sameRow(table: SyncTable, a: Row, b: Row): boolean {
  if (table !== 'sources') return sameValue(a, b);
  const { bytes: x, ...restA } = a;
  const { bytes: y, ...restB } = b;
  return (x === undefined) === (y === undefined) && sameValue(restA, restB);
}

/**
 * Stores in bulk the live rows this device has never had (a second device's first pull is all of them): no
 * base, no local row, no change waiting, so there is nothing to merge. Each is written as applyOne would write
 * it: its base, and the row itself, or for a samples or original file's row the note to fetch its file. Answers
 * the other rows, for applyOne.
 */
async function storeNew(db: Database, pulled: readonly ServerRow[]): Promise<ServerRow[]> {
  const states = await statesOf(db, pulled);
  const entries = await getByKeys(
    db.outbox,
    pulled.map((r) => `${r.table}:${r.rowId}`),
  );
  const rows = await readSyncRows(db, pulled);
  const now = Date.now();
  const state: SyncStateRow[] = [];
  const byTable = new Map<SyncTable, Row[]>();
  const rest: ServerRow[] = [];
  for (const [i, server] of pulled.entries()) {
    const fields = fieldMap(server.fields);
    const known = states.bases[i] ?? states.stamps[i] ?? entries[i] ?? rows[i];
    if (
      known !== undefined ||
      server.needsWhole === true ||
      server.fields.length === 0 ||
      effectiveDeletedAt(fields) !== null
    ) {
      rest.push(server);
      continue;
    }
    const { table, rowId } = server;
    state.push({
      id: baseKey(table, rowId),
      value: { seq: server.seq, fields } satisfies Base,
      updatedAt: now,
      deletedAt: null,
    });
    const sha = blobOf(fields);
    if (!BLOB_TABLES.includes(table)) {
      const written = byTable.get(table) ?? [];
      written.push(materialize(table, rowId, fields, undefined));
      byTable.set(table, written);
    } else if (sha !== null) state.push({ id: fetchKey(table, rowId), value: sha, updatedAt: now, deletedAt: null });
  }
  await db.syncState.bulkPut(state);
  for (const [table, written] of byTable) await db.table(table).bulkPut(written);
  return rest;
}

export interface FileToFetch {
  readonly table: SyncTable;
  readonly rowId: string;
  readonly sha256: string;
}

/** Files the server has and this device does not yet, a few at a time. */
export async function filesToFetch(handle: SessionsDb, limit: number): Promise<FileToFetch[]> {
  const db = tablesOf(handle);
  const rows = await db.syncState.where('id').startsWith(FETCH_PREFIX).limit(limit).toArray();
  return rows.map((r) => {
    const [table, ...rest] = r.id.slice(FETCH_PREFIX.length).split(':');
    return { table: table as SyncTable, rowId: rest.join(':'), sha256: r.value as string };
  });
}

/** Stores a fetched file in its row, unless the row has moved on since it was asked for. */
export function storeFetchedFile(handle: SessionsDb, file: FileToFetch, content: unknown): Promise<void> {
  const db = tablesOf(handle);
  const { table, rowId } = file;
  return db.transaction('rw', syncTables(db), async () => {
    if ((await getState<string>(db, fetchKey(table, rowId))) !== file.sha256) return;
    // Its sessions deleted here meanwhile, the file is not stored: samples go with their session on the server,
    // and an original file's note stays for settleSyncedFiles, which deletes the file there too.
    if ((await sessionsNaming(db, table, rowId)).length === 0) {
      if (table === 'streams') await db.syncState.delete(fetchKey(table, rowId));
      return;
    }
    await db.syncState.delete(fetchKey(table, rowId));
    const base = await getState<Base>(db, baseKey(table, rowId));
    if (base === undefined || blobOf(base.fields) !== file.sha256) return;
    // A local change made meanwhile wins; its push settles the row.
    if ((await db.outbox.get(`${table}:${rowId}`)) !== undefined) return;
    await writeSyncedRow(db, table, materialize(table, rowId, base.fields, content));
  });
}
