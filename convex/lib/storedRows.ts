import type { Doc, Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import type { SyncTable } from '../../shared/sync/tables';
import { findRow } from './syncRows';

// The athlete's stored rows one push reads and writes. The engine pushes its outbox in key order, so a push's
// rows of one table usually lie together: one index range read then finds them all, where a read per row
// would take a hundred (convex-test even scans the whole table for each). The range read takes at most
// twice as many documents as the push names; a range holding more (rows scattered among others) is read
// row by row instead. Kept current as the push writes, so a row named twice, or written by the merge of
// another (a session's samples), is read as it now stands.

type Key = `${SyncTable}:${string}`;

/** Row ids the index orders as JavaScript sorts them (printable ASCII: every id the extension makes). */
const ASCII = /^[\x20-\x7e]*$/;

export class StoredRows {
  private readonly docs = new Map<Key, Doc<'syncRows'> | null>();
  /** Rows this push wrote, read again only if the push asks for them again (most never are). */
  private readonly writes = new Map<Key, Id<'syncRows'>>();

  constructor(
    private readonly ctx: MutationCtx,
    private readonly userId: Id<'users'>,
  ) {}

  async readAhead(rows: readonly { readonly table: SyncTable; readonly rowId: string }[]): Promise<void> {
    const byTable = new Map<SyncTable, Set<string>>();
    for (const { table, rowId } of rows) byTable.set(table, (byTable.get(table) ?? new Set()).add(rowId));
    for (const [table, ids] of byTable) {
      const sorted = [...ids].sort();
      if (sorted.length < 2 || !sorted.every((id) => ASCII.test(id))) continue;
      const limit = 2 * sorted.length;
      const found = await this.ctx.db
        .query('syncRows')
        .withIndex('by_user_and_row', (q) =>
          q.eq('userId', this.userId).eq('table', table).gte('rowId', sorted[0]!).lte('rowId', sorted.at(-1)!),
        )
        .take(limit);
      if (found.length === limit) continue;
      for (const id of sorted) this.docs.set(`${table}:${id}`, null);
      for (const doc of found) this.docs.set(`${table}:${doc.rowId}`, doc);
    }
  }

  /** The stored row, or null when the athlete has none. */
  async get(table: SyncTable, rowId: string): Promise<Doc<'syncRows'> | null> {
    const key: Key = `${table}:${rowId}`;
    const known = this.docs.get(key);
    if (known !== undefined) return known;
    const written = this.writes.get(key);
    const doc =
      written === undefined ? await findRow(this.ctx, this.userId, table, rowId) : await this.ctx.db.get(written);
    this.writes.delete(key);
    this.docs.set(key, doc);
    return doc;
  }

  /** After a write to the row: it is read as written from now on. */
  written(table: SyncTable, rowId: string, id: Id<'syncRows'>): void {
    const key: Key = `${table}:${rowId}`;
    this.docs.delete(key);
    this.writes.set(key, id);
  }
}
