import { ConvexError } from 'convex/values';
import type { Doc, Id } from '../_generated/dataModel';
import type { MutationCtx, QueryCtx } from '../_generated/server';
import { DELETED_AT, effectiveDeletedAt, mergeFields, type SyncField, type SyncFields } from '../../shared/sync/fields';
import { BLOB_FIELD, BLOB_TABLES, MAX_ROW_BYTES, rowBytes, type SyncTable } from '../../shared/sync/tables';
import type { ServerRow, SyncFieldDoc } from './syncValidators';

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

/** A row naming a file must name one this athlete uploaded: rows never point into someone else's storage. */
async function checkBlob(ctx: QueryCtx, userId: Id<'users'>, table: SyncTable, fields: readonly SyncFieldDoc[]) {
  if (!BLOB_TABLES.includes(table)) return;
  const blob = fields.find((f) => f.n === BLOB_FIELD);
  if (blob === undefined || blob.v === '') return;
  const sha256 = JSON.parse(blob.v) as unknown;
  if (typeof sha256 !== 'string' || (await findFile(ctx, userId, sha256)) === null)
    throw new ConvexError(`A ${table} row names a file that was not uploaded first: ${blob.v}`);
}

/**
 * Merges one pushed row into the stored one. A change takes the athlete's
 * next change number; a push that changes nothing (a replay) takes none.
 */
export async function mergeRow(
  ctx: MutationCtx,
  userId: Id<'users'>,
  row: { table: SyncTable; rowId: string; fields: SyncFieldDoc[]; whole?: boolean },
  nextSeq: () => number,
): Promise<ServerRow> {
  await checkBlob(ctx, userId, row.table, row.fields);
  const stored = await findRow(ctx, userId, row.table, row.rowId);
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
  const seq = nextSeq();
  if (stored === null) await ctx.db.insert('syncRows', { userId, table: row.table, rowId: row.rowId, seq, fields });
  else await ctx.db.patch(stored._id, { seq, fields });
  const deletion = merged.fields[DELETED_AT];
  if (row.table === 'sessions' && deletion !== undefined && effectiveDeletedAt(merged.fields) !== null)
    await deleteSamples(ctx, userId, row.rowId, deletion, nextSeq);
  return { table: row.table, rowId: row.rowId, seq, fields };
}

/**
 * A session's samples go with it, whichever device deletes it and whether or not that device ever had
 * them: the samples row takes the session's deletion (a tombstone if it has not arrived yet, so samples
 * pushed late, from before the deletion, stay deleted).
 */
async function deleteSamples(
  ctx: MutationCtx,
  userId: Id<'users'>,
  sessionId: string,
  deletion: SyncField,
  nextSeq: () => number,
): Promise<void> {
  const stored = await findRow(ctx, userId, 'streams', sessionId);
  const merged = mergeFields(stored === null ? null : toFieldMap(stored.fields), { [DELETED_AT]: deletion }, false);
  if (!merged.changed) return;
  const fields = toFieldList(merged.fields);
  const seq = nextSeq();
  if (stored === null) await ctx.db.insert('syncRows', { userId, table: 'streams', rowId: sessionId, seq, fields });
  else await ctx.db.patch(stored._id, { seq, fields });
}
