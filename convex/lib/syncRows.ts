import { ConvexError } from 'convex/values';
import type { Doc, Id } from '../_generated/dataModel';
import type { MutationCtx, QueryCtx } from '../_generated/server';
import { DELETED_AT, effectiveDeletedAt, mergeFields, type SyncField, type SyncFields } from '../../shared/sync/fields';
import { BLOB_FIELD, BLOB_TABLES, blobOf, MAX_ROW_BYTES, rowBytes, type SyncTable } from '../../shared/sync/tables';
import { deleteFile } from '../account/erase';
import type { StoredRows } from './storedRows';
import type { PushedRow, ServerRow, SyncFieldDoc } from './syncValidators';

// Reading and writing the athlete's synced rows: the merge itself is the
// shared rule (shared/sync/fields.ts), so the server and the devices agree.

export function toFieldMap(list: readonly SyncFieldDoc[]): Record<string, { v: string; t: number; d: string }> {
  const map: Record<string, { v: string; t: number; d: string }> = {};
  for (const f of list) map[f.n] = { v: f.v, t: f.t, d: f.d };
  return map;
}

/** Fields as a list sorted by name: the same row is always the same document. */
export function toFieldList(fields: SyncFields): SyncFieldDoc[] {
  return Object.keys(fields)
    .sort()
    .map((n) => ({ n, v: fields[n]!.v, t: fields[n]!.t, d: fields[n]!.d }));
}

export function toServerRow(doc: Doc<'syncRows'>): ServerRow {
  return { table: doc.table, rowId: doc.rowId, seq: doc.seq, fields: doc.fields };
}

export function findRow(ctx: QueryCtx, userId: Id<'users'>, table: SyncTable, rowId: string) {
  return ctx.db
    .query('syncRows')
    .withIndex('by_user_and_row', (q) => q.eq('userId', userId).eq('table', table).eq('rowId', rowId))
    .unique();
}

export function findFile(ctx: QueryCtx, userId: Id<'users'>, sha256: string) {
  return ctx.db
    .query('syncFiles')
    .withIndex('by_user_and_sha', (q) => q.eq('userId', userId).eq('sha256', sha256))
    .unique();
}

/**
 * A row naming a file must name one this athlete uploaded (with this push, or before): rows never point into
 * someone else's storage.
 */
async function checkBlob(ctx: QueryCtx, push: Push, table: SyncTable, fields: readonly SyncFieldDoc[]) {
  if (!BLOB_TABLES.includes(table)) return;
  const blob = fields.find((f) => f.n === BLOB_FIELD);
  if (blob === undefined || blob.v === '') return;
  const sha256 = JSON.parse(blob.v) as unknown;
  if (typeof sha256 === 'string' && push.uploaded.has(sha256)) return;
  if (typeof sha256 !== 'string' || (await findFile(ctx, push.userId, sha256)) === null)
    throw new ConvexError(`A ${table} row names a file that was not uploaded first: ${blob.v}`);
}

/** What one push carries from row to row. */
export interface Push {
  readonly userId: Id<'users'>;
  readonly stored: StoredRows;
  /** The athlete's next change number. */
  nextSeq(): number;
  /** Files rows stopped naming, for `releaseUnnamed` once the whole push is merged (a later row may name them). */
  readonly unnamed: Set<string>;
  /** The files the push brought, which the athlete now has. */
  readonly uploaded: ReadonlySet<string>;
  /** Files named by rows the push wrote. */
  readonly named: Set<string>;
}

/**
 * Merges one pushed row into the stored one. A change takes the athlete's
 * next change number; a push that changes nothing (a replay) takes none.
 */
export async function mergeRow(ctx: MutationCtx, push: Push, row: PushedRow): Promise<ServerRow> {
  await checkBlob(ctx, push, row.table, row.fields);
  const stored = await push.stored.get(row.table, row.rowId);
  const merged = mergeFields(
    stored === null ? null : toFieldMap(stored.fields),
    toFieldMap(row.fields),
    row.whole === true,
  );
  if (merged.needsWhole) return { ...toServerRow(stored!), needsWhole: true };
  if (!merged.changed)
    return stored === null ? { table: row.table, rowId: row.rowId, seq: 0, fields: [] } : toServerRow(stored);
  const fields = toFieldList(merged.fields);
  const bytes = rowBytes(fields);
  if (bytes > MAX_ROW_BYTES)
    throw new ConvexError(`The ${row.table} row ${row.rowId} would hold ${bytes} bytes, more than ${MAX_ROW_BYTES}`);
  const seq = push.nextSeq();
  await storeRow(ctx, push, stored, { table: row.table, rowId: row.rowId, seq, fields });
  const deletion = merged.fields[DELETED_AT];
  if (row.table === 'sessions' && deletion !== undefined && effectiveDeletedAt(merged.fields) !== null)
    await deleteSamples(ctx, push, row.rowId, deletion);
  // Most of a first upload: the answer need not send the device its own fields back.
  if (sameFields(fields, row.fields)) return { table: row.table, rowId: row.rowId, seq, fields: [], asPushed: true };
  return { table: row.table, rowId: row.rowId, seq, fields };
}

/** Whether a row's fields are exactly those pushed: names, values and stamps. */
function sameFields(stored: readonly SyncFieldDoc[], pushed: readonly SyncFieldDoc[]): boolean {
  if (stored.length !== pushed.length) return false;
  const byName = toFieldMap(stored);
  return pushed.every((f) => byName[f.n]?.v === f.v && byName[f.n]?.t === f.t && byName[f.n]?.d === f.d);
}

/**
 * A session's samples go with it, whichever device deletes it and whether or not that device ever had
 * them: the samples row takes the session's deletion (a tombstone if it has not arrived yet, so samples
 * pushed late, from before the deletion, stay deleted).
 */
async function deleteSamples(ctx: MutationCtx, push: Push, sessionId: string, deletion: SyncField): Promise<void> {
  const stored = await push.stored.get('streams', sessionId);
  const merged = mergeFields(stored === null ? null : toFieldMap(stored.fields), { [DELETED_AT]: deletion }, false);
  if (!merged.changed) return;
  const fields = toFieldList(merged.fields);
  await storeRow(ctx, push, stored, { table: 'streams', rowId: sessionId, seq: push.nextSeq(), fields });
}

/** Writes a row as merged, indexing the file it names; the file it named before, if another, goes to `unnamed`. */
async function storeRow(
  ctx: MutationCtx,
  push: Push,
  stored: Doc<'syncRows'> | null,
  row: { table: SyncTable; rowId: string; seq: number; fields: SyncFieldDoc[] },
): Promise<void> {
  const blob = BLOB_TABLES.includes(row.table) ? (blobOf(toFieldMap(row.fields)) ?? undefined) : undefined;
  let id = stored?._id;
  if (id === undefined)
    id = await ctx.db.insert('syncRows', { userId: push.userId, ...row, ...(blob === undefined ? {} : { blob }) });
  else await ctx.db.patch(id, { seq: row.seq, fields: row.fields, blob });
  push.stored.written(row.table, row.rowId, id);
  if (blob !== undefined) push.named.add(blob);
  if (stored?.blob !== undefined && stored.blob !== blob) push.unnamed.add(stored.blob);
}

/**
 * A stored file is kept while a live row of the athlete names it (a deleted row names none): each of these
 * files that no row names (no other session's, nor the same file imported again) leaves storage and the
 * files table, in the caller's transaction.
 */
export async function releaseUnnamed(ctx: MutationCtx, userId: Id<'users'>, hashes: Iterable<string>): Promise<void> {
  for (const sha256 of hashes) {
    const named = await ctx.db
      .query('syncRows')
      .withIndex('by_user_and_blob', (q) => q.eq('userId', userId).eq('blob', sha256))
      .first();
    const file = named === null ? await findFile(ctx, userId, sha256) : null;
    if (file === null) continue;
    await ctx.db.delete(file._id);
    await deleteFile(ctx, file.storageId);
  }
}
