// The next batch of changes to push: outbox entries in key order, summaries before files, each row's changed
// fields, within the limits of a push (shared/sync/tables.ts) and of the files uploaded before it. One
// transaction, so a crash while taking a batch leaves nothing half done.
import type { PushRow } from '../../shared/sync/protocol';
import {
  BLOB_FIELD,
  BLOB_TABLES,
  LOCAL_ONLY_SETTINGS,
  MAX_PUSH_BYTES,
  MAX_PUSH_ROWS,
  MAX_ROW_BYTES,
  rowBytes,
  type SyncTable,
} from '../../shared/sync/tables';
import { type Database, type SessionsDb, tablesOf } from './database';
import type { OutboxRow } from './records';
import { blobFile, type Row, type UploadFile } from './sync-fields';
import { pendingFields } from './sync-pending';
import { type Base, type Stamp, settle, statesOf, syncTables } from './sync-state';
import { readSyncRows } from './sync-intervals';

/** At most this many bytes of files uploaded before one push. */
export const MAX_BATCH_FILE_BYTES = 8 * 1024 * 1024;

export interface PushBatch {
  readonly rows: PushRow[];
  /** Files the rows name, to upload (unless the server has them) before the push. */
  readonly files: ({ readonly sha256: string } & UploadFile)[];
  /** Rows too large to sync, and their size as the limit counts it; they stay waiting. */
  readonly tooLarge: { readonly table: SyncTable; readonly rowId: string; readonly bytes: number }[];
  /** Each pushed row as read, with its field JSON, by `<table>:<rowId>`: for `applyPushAnswer`. */
  readonly taken: ReadonlyMap<string, TakenRow>;
}

/** A row as a push batch read it, and its fields as JSON text by name. */
export interface TakenRow {
  readonly row: Row;
  readonly local: Readonly<Record<string, string>>;
}

/**
 * The next changes to push, in key order, summaries before files, within the
 * batch limits, leaving out the outbox notes in `held` (`<table>:<rowId>`).
 * Outbox notes with nothing left to send are cleared.
 */
export function takePushBatch(
  handle: SessionsDb,
  deviceId: string,
  held: ReadonlySet<string> = new Set(),
): Promise<PushBatch> {
  const db = tablesOf(handle);
  return db.transaction('rw', syncTables(db), async () => {
    const batch: Filling = { rows: [], files: [], tooLarge: [], taken: new Map(), bytes: 0, fileBytes: 0 };
    for (const files of [false, true]) {
      // In key order (`<table>:<rowId>`), not by age: a push's rows of one table then lie together, and the
      // server reads them with one index range read (convex/lib/storedRows.ts). Read a part at a time, as
      // many as the batch takes, not the whole outbox; each part in one request (a filter would walk a cursor).
      for (let after: string | null = null; ; ) {
        const part = after === null ? db.outbox.toCollection() : db.outbox.where(':id').above(after);
        const read: OutboxRow[] = await part.limit(OUTBOX_READ).toArray();
        if (read.length === 0) break;
        after = read.at(-1)!.id;
        const entries = read.filter((e) => BLOB_TABLES.includes(e.table) === files && !held.has(e.id));
        if (await fill(db, batch, entries, deviceId)) return batch;
      }
      if (batch.rows.length > 0) return batch;
    }
    return batch;
  });
}

/** Outbox entries read at once while taking a batch: a fifth of the largest batch. */
const OUTBOX_READ = MAX_PUSH_ROWS / 5;

/** A batch being taken, and the bytes of fields and of files it holds so far. */
interface Filling extends PushBatch {
  readonly taken: Map<string, TakenRow>;
  bytes: number;
  fileBytes: number;
}

/** Adds `entries` to `batch` in order until it is full, and says whether it is. Entries with nothing to send go. */
async function fill(db: Database, batch: Filling, entries: readonly OutboxRow[], deviceId: string): Promise<boolean> {
  // Every entry's base, stamp and row in a few requests: reads row by row were most of taking a batch.
  const states = await statesOf(db, entries);
  const rows = await readSyncRows(db, entries);
  for (const [i, entry] of entries.entries()) {
    const row = rows[i];
    const local = entry.table === 'settings' && LOCAL_ONLY_SETTINGS.includes(entry.rowId);
    const base = states.bases[i]?.value as Base | undefined;
    const stamp = states.stamps[i]?.value as Stamp | undefined;
    const pending = row === undefined || local ? undefined : pendingFields(entry.table, row, base, deviceId, stamp);
    if (pending === undefined || pending.fields.length === 0) {
      await settle(db, entry.table, entry.rowId);
      continue;
    }
    const size = rowBytes(pending.fields);
    if (size > MAX_ROW_BYTES) {
      batch.tooLarge.push({ table: entry.table, rowId: entry.rowId, bytes: size });
      continue;
    }
    const file = pending.fields.some((f) => f.n === BLOB_FIELD) ? blobFile(entry.table, row!) : null;
    const full = batch.rows.length >= MAX_PUSH_ROWS || batch.bytes + size > MAX_PUSH_BYTES;
    if (full || (file !== null && batch.fileBytes > 0 && batch.fileBytes + file.size > MAX_BATCH_FILE_BYTES))
      return true;
    const sent = new Set(pending.fields.map((f) => f.n));
    const whole = Object.keys(pending.local).every((n) => sent.has(n));
    batch.rows.push({ table: entry.table, rowId: entry.rowId, fields: pending.fields, whole });
    batch.taken.set(entry.id, { row: row!, local: pending.local });
    batch.bytes += size;
    if (file !== null) {
      batch.files.push({ sha256: JSON.parse(pending.local[BLOB_FIELD]!) as string, ...file });
      batch.fileBytes += file.size;
    }
  }
  return false;
}
