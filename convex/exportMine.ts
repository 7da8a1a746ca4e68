import { paginationOptsValidator, paginationResultValidator } from 'convex/server';
import { v } from 'convex/values';
import { userQuery } from './lib/functions';
import { toServerRow } from './lib/syncRows';
import { serverRowValidator } from './lib/syncValidators';

// The athlete's right to a copy of what the server keeps about them ("export
// everything", issue 12), read a page at a time so a large library never
// passes a query's read limits. The panel adds each section to its zip.

const EMPTY_PAGE = { page: [], isDone: true, continueCursor: '' };

/** Every synced row the server holds (field by field, tombstones included), in change order. */
export const rows = userQuery({
  args: { paginationOpts: paginationOptsValidator },
  returns: paginationResultValidator(serverRowValidator),
  handler: async (ctx, { paginationOpts }) => {
    if (ctx.user === null) return EMPTY_PAGE;
    const userId = ctx.user._id;
    const result = await ctx.db
      .query('syncRows')
      .withIndex('by_user_and_seq', (q) => q.eq('userId', userId))
      .paginate(paginationOpts);
    return { ...result, page: result.page.map(toServerRow) };
  },
});

const fileValidator = v.object({ sha256: v.string(), size: v.number(), url: v.union(v.string(), v.null()) });

/** The athlete's stored files (original workout files and samples), each with a short-lived download URL. */
export const files = userQuery({
  args: { paginationOpts: paginationOptsValidator },
  returns: paginationResultValidator(fileValidator),
  handler: async (ctx, { paginationOpts }) => {
    if (ctx.user === null) return EMPTY_PAGE;
    const userId = ctx.user._id;
    const result = await ctx.db
      .query('syncFiles')
      .withIndex('by_user_and_sha', (q) => q.eq('userId', userId))
      .paginate(paginationOpts);
    const page = await Promise.all(
      result.page.map(async (file) => ({
        sha256: file.sha256,
        size: file.size,
        url: await ctx.storage.getUrl(file.storageId),
      })),
    );
    return { ...result, page };
  },
});

/** The account's own records: when it was made, its hosted-AI use per period, and its subscriptions' states. */
export const account = userQuery({
  args: {},
  returns: v.union(
    v.null(),
    v.object({
      createdAt: v.number(),
      aiUse: v.array(v.object({ period: v.string(), requests: v.number(), tokens: v.number() })),
      subscriptions: v.array(
        v.object({
          status: v.string(),
          interval: v.union(v.literal('month'), v.literal('year'), v.null()),
          currentPeriodEnd: v.union(v.number(), v.null()),
          cancelAtPeriodEnd: v.boolean(),
        }),
      ),
    }),
  ),
  handler: async (ctx) => {
    const user = ctx.user;
    if (user === null) return null;
    const [aiUse, subscriptions] = await Promise.all([
      ctx.db
        .query('aiBudgetUsage')
        .withIndex('by_user_and_period', (q) => q.eq('userId', user._id))
        .collect(),
      ctx.db
        .query('stripeSubscriptions')
        .withIndex('by_user', (q) => q.eq('userId', user._id))
        .collect(),
    ]);
    return {
      createdAt: user._creationTime,
      aiUse: aiUse.map(({ period, requests, tokens }) => ({ period, requests, tokens })),
      subscriptions: subscriptions.map(({ status, interval, currentPeriodEnd, cancelAtPeriodEnd }) => ({
        status,
        interval,
        currentPeriodEnd,
        cancelAtPeriodEnd,
      })),
    };
  },
});
