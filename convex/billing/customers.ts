import { v } from 'convex/values';
import type { Id } from '../_generated/dataModel';
import type { QueryCtx } from '../_generated/server';
import { internalMutation, internalQuery } from '../lib/functions';
import { findOrCreateUser } from '../lib/functions';
import { entitlementOf } from './access';

// The link between an athlete and their Stripe customer, for the billing
// actions, which have no database of their own.

export function customerOf(ctx: QueryCtx, userId: Id<'users'>) {
  return ctx.db
    .query('stripeCustomers')
    .withIndex('by_user', (q) => q.eq('userId', userId))
    .unique();
}

/** Who is buying: the athlete's row (made if new), their customer if any, and their plan now. */
export const forCheckout = internalMutation({
  args: { tokenIdentifier: v.string() },
  returns: v.object({
    userId: v.id('users'),
    stripeCustomerId: v.union(v.string(), v.null()),
    plan: v.union(v.literal('free'), v.literal('pro')),
  }),
  handler: async (ctx, { tokenIdentifier }) => {
    const user = await findOrCreateUser(ctx, { tokenIdentifier });
    const customer = await customerOf(ctx, user._id);
    const { plan } = await entitlementOf(ctx, user._id, Date.now());
    return { userId: user._id, stripeCustomerId: customer?.stripeCustomerId ?? null, plan };
  },
});

/** Stores the athlete's customer; when one is already stored, that one stays and is returned. */
export const link = internalMutation({
  args: { userId: v.id('users'), stripeCustomerId: v.string() },
  returns: v.string(),
  handler: async (ctx, { userId, stripeCustomerId }) => {
    const existing = await customerOf(ctx, userId);
    if (existing !== null) return existing.stripeCustomerId;
    await ctx.db.insert('stripeCustomers', { userId, stripeCustomerId });
    return stripeCustomerId;
  },
});

export const byToken = internalQuery({
  args: { tokenIdentifier: v.string() },
  returns: v.union(v.string(), v.null()),
  handler: async (ctx, { tokenIdentifier }) => {
    const user = await ctx.db
      .query('users')
      .withIndex('by_token', (q) => q.eq('tokenIdentifier', tokenIdentifier))
      .unique();
    return user === null ? null : ((await customerOf(ctx, user._id))?.stripeCustomerId ?? null);
  },
});

export const byUser = internalQuery({
  args: { userId: v.id('users') },
  returns: v.union(v.string(), v.null()),
  handler: async (ctx, { userId }) => (await customerOf(ctx, userId))?.stripeCustomerId ?? null,
});

/** Forgets the athlete's customer and subscriptions once Stripe has deleted the customer. */
export const forget = internalMutation({
  args: { userId: v.id('users') },
  returns: v.null(),
  handler: async (ctx, { userId }) => {
    const customer = await customerOf(ctx, userId);
    if (customer !== null) await ctx.db.delete(customer._id);
    const subscriptions = await ctx.db
      .query('stripeSubscriptions')
      .withIndex('by_user', (q) => q.eq('userId', userId))
      .collect();
    for (const subscription of subscriptions) await ctx.db.delete(subscription._id);
    return null;
  },
});
