import { v } from 'convex/values';
import type { Doc, Id } from '../_generated/dataModel';
import { internalMutation } from '../lib/functions';
import { userMutation, userQuery, type UserQueryCtx } from '../lib/functions';
import { deleteStreamRequest } from './requests';
import { turnOutcomeValidator } from './turnFields';

// The document a hosted turn streams through. The action writes the text as it
// arrives and then the outcome; the panel subscribes to `watch`, which Convex
// re-runs and pushes on every write (https://docs.convex.dev/realtime).

/** The stream when it belongs to the signed-in athlete; anyone else's reads as missing. */
async function ownStream(ctx: UserQueryCtx, streamId: Id<'insightStreams'>): Promise<Doc<'insightStreams'> | null> {
  const stream = await ctx.db.get(streamId);
  if (stream === null || ctx.user === null || stream.userId !== ctx.user._id) return null;
  return stream;
}

/** The turn's text so far and, once it has ended, its outcome. Null when it is not the caller's or is gone. */
export const watch = userQuery({
  args: { streamId: v.id('insightStreams') },
  returns: v.union(v.null(), v.object({ text: v.string(), outcome: v.union(v.null(), turnOutcomeValidator) })),
  handler: async (ctx, { streamId }) => {
    const stream = await ownStream(ctx, streamId);
    return stream === null ? null : { text: stream.text, outcome: stream.outcome };
  },
});

/** The athlete pressed stop. The action sees it at its next write and aborts the API call. */
export const cancel = userMutation({
  args: { streamId: v.id('insightStreams') },
  returns: v.null(),
  handler: async (ctx, { streamId }) => {
    const stream = await ownStream(ctx, streamId);
    if (stream !== null && stream.outcome === null) await ctx.db.patch(stream._id, { cancelled: true });
    return null;
  },
});

/** Appends text that arrived, unless the athlete asked to stop; tells the action which. */
export const appendText = internalMutation({
  args: { streamId: v.id('insightStreams'), text: v.string() },
  returns: v.object({ cancelled: v.boolean() }),
  handler: async (ctx, { streamId, text }) => {
    const stream = await ctx.db.get(streamId);
    if (stream === null) return { cancelled: true };
    // After stop, the athlete sees no more of the answer than when they pressed it.
    if (!stream.cancelled) await ctx.db.patch(streamId, { text: stream.text + text });
    return { cancelled: stream.cancelled };
  },
});

/** Records how the turn ended. */
export const finish = internalMutation({
  args: { streamId: v.id('insightStreams'), outcome: turnOutcomeValidator },
  returns: v.null(),
  handler: async (ctx, { streamId, outcome }) => {
    if ((await ctx.db.get(streamId)) !== null) await ctx.db.patch(streamId, { outcome });
    return null;
  },
});

/** Scheduled by the turn's start, STREAM_KEEP_MS later: the panel has long read it by then. Its request goes too. */
export const remove = internalMutation({
  args: { streamId: v.id('insightStreams') },
  returns: v.null(),
  handler: async (ctx, { streamId }) => {
    if ((await ctx.db.get(streamId)) !== null) await ctx.db.delete(streamId);
    await deleteStreamRequest(ctx, streamId);
    return null;
  },
});
