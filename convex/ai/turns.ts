import { v } from 'convex/values';
import { internal } from '../_generated/api';
import { userMutation } from '../lib/functions';
import { HOSTED_MODELS } from '../../shared/ai/models';
import { chargeRequest } from '../billing/access';
import { requestLimits } from '../billing/config';
import { MAX_OUTPUT_TOKENS, STREAM_KEEP_MS } from './limits';
import { requestTooLarge } from './requestLimits';
import { turnFailureValidator, turnRequestFields } from './turnFields';

/**
 * Starts one hosted model turn for the signed-in athlete and returns the
 * stream document the panel subscribes to (ai/streams:watch).
 *
 * A mutation that records the intent and schedules the action, rather than an
 * action the panel calls: Convex's advice for work started from a client
 * ("Don't invoke actions directly from your app",
 * https://docs.convex.dev/understanding/best-practices/). The
 * request's size and the athlete's plan budget are then checked and charged in
 * the same transaction that starts the turn, the turn survives the panel
 * closing, and the scheduled action runs
 * without the caller's auth, so nothing it does can be steered by the client
 * beyond these validated arguments. The request itself waits in an
 * insightRequests row (ai/requests.ts); the action is scheduled with its id only. The system prompt, the tools and the key
 * are added on the server.
 */
export const start = userMutation({
  needsConfirmedAge: true,
  args: turnRequestFields,
  returns: v.union(
    v.object({ ok: v.literal(true), streamId: v.id('insightStreams') }),
    v.object({ ok: v.literal(false), failure: turnFailureValidator }),
  ),
  handler: async (ctx, request) => {
    const refuse = (message: string) => ({ ok: false as const, failure: { kind: 'other' as const, message } });
    if (!HOSTED_MODELS.includes(request.model)) {
      return refuse(
        `The hosted assistant runs ${HOSTED_MODELS.join(' or ')}, not ${request.model}: choose one of them in the AI settings.`,
      );
    }
    const tooLarge = requestTooLarge(request.messages, requestLimits());
    if (tooLarge !== null) return refuse(tooLarge);
    const charged = await chargeRequest(ctx, ctx.user._id, Date.now());
    if (!charged.ok) return refuse(charged.reason);
    const streamId = await ctx.db.insert('insightStreams', {
      userId: ctx.user._id,
      text: '',
      cancelled: false,
      outcome: null,
    });
    const maxTokens = Math.max(1, Math.min(MAX_OUTPUT_TOKENS, Math.floor(request.maxTokens)));
    const requestId = await ctx.db.insert('insightRequests', {
      userId: ctx.user._id,
      streamId,
      request: { ...request, maxTokens },
      charge: charged.charge,
    });
    await ctx.scheduler.runAfter(0, internal.ai.callModel.run, { requestId });
    await ctx.scheduler.runAfter(STREAM_KEEP_MS, internal.ai.streams.remove, { streamId });
    return { ok: true as const, streamId };
  },
});
