import { v } from 'convex/values';
import type { Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { chargeValidator } from '../billing/usage';
import { internalMutation } from '../lib/functions';
import { turnRequestValidator } from './turnFields';

// A hosted turn's request lives in an insightRequests row only until the
// action reads it, so the athlete's facts and notes are never kept in the
// scheduled function's arguments, which Convex retains
// (https://docs.convex.dev/scheduling/scheduled-functions#retention).

/** Hands the action its turn's request and deletes the row; null when its stream is already gone. */
export const take = internalMutation({
  args: { requestId: v.id('insightRequests') },
  returns: v.union(
    v.null(),
    v.object({ streamId: v.id('insightStreams'), request: turnRequestValidator, charge: chargeValidator }),
  ),
  handler: async (ctx, { requestId }) => {
    const row = await ctx.db.get(requestId);
    if (row === null) return null;
    await ctx.db.delete(requestId);
    return { streamId: row.streamId, request: row.request, charge: row.charge };
  },
});

/** Deletes a stream's request if its action never read it. */
export async function deleteStreamRequest(ctx: MutationCtx, streamId: Id<'insightStreams'>): Promise<void> {
  const rows = await ctx.db
    .query('insightRequests')
    .withIndex('by_stream', (q) => q.eq('streamId', streamId))
    .collect();
  for (const row of rows) await ctx.db.delete(row._id);
}
