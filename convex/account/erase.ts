import { v } from 'convex/values';
import { internal } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { internalMutation } from '../lib/functions';
import { deletionOf, finishStep } from './deletion';
import { OWNED_FILES, OWNED_TABLES, type OwnedTable } from './ownedTables';

// The rows and files of an athlete being deleted, a batch per transaction (a
// mutation may write only so much: https://docs.convex.dev/production/state/limits),
// rescheduling itself until nothing of theirs is left.

/** Documents (and their files) deleted per transaction. */
export const ERASE_BATCH = 256;

export const eraseBatch = internalMutation({
  args: { userId: v.id('users'), step: v.union(v.literal('rows'), v.literal('sweep')) },
  returns: v.null(),
  handler: async (ctx, { userId, step }) => {
    if ((await deletionOf(ctx, userId, step)) === null) return null;
    const erased = await eraseSome(ctx, userId, ERASE_BATCH);
    if (erased === ERASE_BATCH) await ctx.scheduler.runAfter(0, internal.account.erase.eraseBatch, { userId, step });
    else await finishStep(ctx, userId, step);
    return null;
  },
});

/** Deletes up to `limit` of the athlete's documents, with the stored files they point at; returns how many. */
async function eraseSome(ctx: MutationCtx, userId: Id<'users'>, limit: number): Promise<number> {
  let erased = 0;
  for (const table of Object.keys(OWNED_TABLES) as OwnedTable[]) {
    if (erased === limit) break;
    const docs = await ownedDocs(ctx, table, userId, limit - erased);
    const fileField = (OWNED_FILES as Partial<Record<OwnedTable, string>>)[table];
    for (const doc of docs) {
      if (fileField !== undefined) await deleteFile(ctx, (doc as Record<string, unknown>)[fileField] as Id<'_storage'>);
      await ctx.db.delete(doc._id);
    }
    erased += docs.length;
  }
  return erased;
}

function ownedDocs(ctx: MutationCtx, table: OwnedTable, userId: Id<'users'>, limit: number) {
  // One table at a time through a stand-in name: the union of all owned tables
  // and their indexes is too wide for query()'s types; each index starts with
  // userId (ownedTables.test.ts checks), which is all this relies on.
  return ctx.db
    .query(table as 'syncCounters')
    .withIndex(OWNED_TABLES[table] as 'by_user', (q) => q.eq('userId', userId))
    .take(limit);
}

/** A file already gone (deleted by hand from the dashboard) is no error: deletion must finish regardless. */
export async function deleteFile(ctx: MutationCtx, storageId: Id<'_storage'>): Promise<void> {
  if ((await ctx.db.system.get(storageId)) !== null) await ctx.storage.delete(storageId);
}
