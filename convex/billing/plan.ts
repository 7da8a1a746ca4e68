import { v } from 'convex/values';
import { userQuery } from '../lib/functions';
import { entitlementOf } from './access';

// The athlete's plan and hosted-AI use, for Settings → Plan and the page a
// checkout returns to. Re-run by Convex whenever a webhook or a turn changes it.

const periodUse = v.object({
  requests: v.number(),
  requestLimit: v.number(),
  tokens: v.number(),
  tokenLimit: v.number(),
  resetsAt: v.number(),
});

export const entitlementValidator = v.object({
  plan: v.union(v.literal('free'), v.literal('pro')),
  interval: v.union(v.literal('month'), v.literal('year'), v.null()),
  status: v.union(v.string(), v.null()),
  periodEnd: v.union(v.number(), v.null()),
  cancelAtPeriodEnd: v.boolean(),
  graceEndsAt: v.union(v.number(), v.null()),
  day: periodUse,
  month: periodUse,
  hosted: v.union(
    v.object({ ok: v.literal(true) }),
    v.object({ ok: v.literal(false), reason: v.string(), resetsAt: v.number() }),
  ),
});

export const mine = userQuery({
  args: {},
  returns: entitlementValidator,
  handler: (ctx) => entitlementOf(ctx, ctx.user?._id ?? null, Date.now()),
});
