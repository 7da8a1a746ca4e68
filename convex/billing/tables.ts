import { defineTable } from 'convex/server';
import { v } from 'convex/values';

// The billing tables, spread into convex/schema.ts as one block so the schema's
// other owners never edit around them.

export const billingTables = {
  /** Hosted-AI use per athlete per period: a UTC day 'YYYY-MM-DD' or a UTC month 'YYYY-MM'. */
  aiBudgetUsage: defineTable({
    userId: v.id('users'),
    period: v.string(),
    requests: v.number(),
    /** Input + output tokens as the API reported them. */
    tokens: v.number(),
  }).index('by_user_and_period', ['userId', 'period']),

  /** The athlete's Stripe customer, created once by the first checkout. */
  stripeCustomers: defineTable({
    userId: v.id('users'),
    stripeCustomerId: v.string(),
  })
    .index('by_user', ['userId'])
    .index('by_stripe_customer', ['stripeCustomerId']),

  /** The newest known state of each of the athlete's Stripe subscriptions. */
  stripeSubscriptions: defineTable({
    userId: v.id('users'),
    stripeSubscriptionId: v.string(),
    /** Stripe's status: active, trialing, past_due, canceled, unpaid, incomplete, ... */
    status: v.string(),
    interval: v.union(v.literal('month'), v.literal('year'), v.null()),
    /** Epoch ms the paid period ends (the renewal date). */
    currentPeriodEnd: v.union(v.number(), v.null()),
    cancelAtPeriodEnd: v.boolean(),
    /** Epoch ms of the first failed payment of the current arrears; null when paid up. */
    pastDueSince: v.union(v.number(), v.null()),
    /** Epoch ms of a full refund: Pro ends then, whatever the status says. */
    refundedAt: v.union(v.number(), v.null()),
    /** Epoch seconds of the Stripe event this state came from: an older event never overwrites it. */
    eventCreated: v.number(),
  })
    .index('by_user', ['userId'])
    .index('by_stripe_subscription', ['stripeSubscriptionId']),

  /** Every Stripe event applied, by id, so a redelivered event changes nothing. */
  stripeEvents: defineTable({
    eventId: v.string(),
    type: v.string(),
    /** Epoch seconds Stripe created the event. */
    created: v.number(),
  }).index('by_event_id', ['eventId']),
};
