import Stripe from 'stripe';
import { v } from 'convex/values';
import { internal } from '../_generated/api';
import type { Doc, Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { httpAction, internalMutation } from '../lib/functions';
import { billingEvent, billingEventValidator, type BillingEvent } from './stripeEvents';
import { webhookCrypto } from './stripeClient';

// Stripe's webhook: the route (registered in convex/http.ts) verifies the
// signature and hands the event to `apply`, one transaction that records the
// event id and updates the athlete's subscription. Stripe delivers at least
// once, in no set order and sometimes late (https://docs.stripe.com/webhooks),
// so: an event id seen before changes nothing, a subscription keeps the state
// of its newest event (by the event's own `created`), and a canceled
// subscription never comes back to life from a late event.

export const stripeWebhook = httpAction(async (ctx, request) => {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret)
    return new Response('Webhooks are not set up on this server: STRIPE_WEBHOOK_SECRET is not set.', { status: 500 });
  const signature = request.headers.get('stripe-signature');
  if (signature === null) return new Response('The Stripe-Signature header is missing.', { status: 400 });
  let event: Stripe.Event;
  try {
    event = await Stripe.webhooks.constructEventAsync(
      await request.text(),
      signature,
      secret,
      undefined,
      webhookCrypto,
    );
  } catch {
    return new Response('The Stripe signature does not match this endpoint.', { status: 400 });
  }
  const outcome = await ctx.runMutation(internal.billing.webhook.apply, { event: billingEvent(event) });
  return Response.json({ received: true, outcome });
});

const outcomeValidator = v.union(
  v.literal('applied'),
  v.literal('duplicate'),
  v.literal('stale'),
  v.literal('unknown-customer'),
  v.literal('ignored'),
);

export const apply = internalMutation({
  args: { event: billingEventValidator },
  returns: outcomeValidator,
  handler: async (ctx, { event }) => {
    const seen = await ctx.db
      .query('stripeEvents')
      .withIndex('by_event_id', (q) => q.eq('eventId', event.eventId))
      .unique();
    if (seen !== null) return 'duplicate' as const;
    await ctx.db.insert('stripeEvents', { eventId: event.eventId, type: event.type, created: event.created });
    if (event.kind === 'ignored') return 'ignored' as const;
    const userId = await athleteOf(ctx, event);
    if (userId === null) return 'unknown-customer' as const;
    switch (event.kind) {
      case 'subscription':
        return applySubscription(ctx, userId, event);
      case 'checkout':
        return applyCheckout(ctx, userId, event);
      case 'payment-failed':
        return applyPaymentFailed(ctx, event);
      case 'refund':
        return applyRefund(ctx, userId, event);
    }
  },
});

type Outcome = 'applied' | 'stale';
type EventOf<K extends BillingEvent['kind']> = Extract<BillingEvent, { kind: K }>;

/** The athlete a customer belongs to; a completed Checkout links its customer if it is not linked yet. */
async function athleteOf(
  ctx: MutationCtx,
  event: Exclude<BillingEvent, { kind: 'ignored' }>,
): Promise<Id<'users'> | null> {
  if (event.customerId !== null) {
    const linked = await ctx.db
      .query('stripeCustomers')
      .withIndex('by_stripe_customer', (q) => q.eq('stripeCustomerId', event.customerId as string))
      .unique();
    if (linked !== null) return linked.userId;
  }
  if (event.kind !== 'checkout' || event.userRef === null || event.customerId === null) return null;
  const userId = ctx.db.normalizeId('users', event.userRef);
  if (userId === null || (await ctx.db.get(userId)) === null) return null;
  const existing = await ctx.db
    .query('stripeCustomers')
    .withIndex('by_user', (q) => q.eq('userId', userId))
    .unique();
  if (existing === null) await ctx.db.insert('stripeCustomers', { userId, stripeCustomerId: event.customerId });
  return userId;
}

function subscriptionRow(ctx: MutationCtx, stripeSubscriptionId: string): Promise<Doc<'stripeSubscriptions'> | null> {
  return ctx.db
    .query('stripeSubscriptions')
    .withIndex('by_stripe_subscription', (q) => q.eq('stripeSubscriptionId', stripeSubscriptionId))
    .unique();
}

async function applySubscription(
  ctx: MutationCtx,
  userId: Id<'users'>,
  event: EventOf<'subscription'>,
): Promise<Outcome> {
  const row = await subscriptionRow(ctx, event.subscriptionId);
  const facts = {
    interval: event.interval ?? row?.interval ?? null,
    currentPeriodEnd: event.currentPeriodEnd ?? row?.currentPeriodEnd ?? null,
  };
  if (row !== null && isOlder(event, row)) {
    // An older state: it may still fill in facts a completed Checkout could not know, never the status.
    if (row.interval === null || row.currentPeriodEnd === null) await ctx.db.patch(row._id, facts);
    return 'stale';
  }
  const paidUp = event.status === 'active' || event.status === 'trialing';
  const pastDueSince = paidUp
    ? null
    : (row?.pastDueSince ?? (event.status === 'past_due' ? event.created * 1000 : null));
  const state = {
    status: event.status,
    ...facts,
    cancelAtPeriodEnd: event.cancelAtPeriodEnd,
    pastDueSince,
    eventCreated: event.created,
  };
  if (row === null) {
    await ctx.db.insert('stripeSubscriptions', {
      userId,
      stripeSubscriptionId: event.subscriptionId,
      refundedAt: null,
      ...state,
    });
  } else {
    await ctx.db.patch(row._id, state);
  }
  return 'applied';
}

/**
 * Whether the event's state is older than the row's. Event times are whole
 * seconds, and a subscription often goes incomplete -> active within one, so on
 * a tie the state further along its life wins; a canceled subscription never
 * comes back (Stripe's canceled is final).
 */
function isOlder(event: EventOf<'subscription'>, row: Doc<'stripeSubscriptions'>): boolean {
  if (row.status === 'canceled' && event.status !== 'canceled') return true;
  if (event.created !== row.eventCreated) return event.created < row.eventCreated;
  return lifeStage(event.status) < lifeStage(row.status);
}

/** Where a status sits in a subscription's life: before payment, running, ended. */
function lifeStage(status: string): number {
  if (status === 'incomplete') return 0;
  if (status === 'canceled' || status === 'incomplete_expired') return 2;
  return 1;
}

/**
 * A paid Checkout makes the athlete Pro at once, even if its subscription's own
 * events are late; those events then fill in the interval and renewal date.
 */
async function applyCheckout(ctx: MutationCtx, userId: Id<'users'>, event: EventOf<'checkout'>): Promise<Outcome> {
  if (!event.paid || event.subscriptionId === null) return 'applied';
  if ((await subscriptionRow(ctx, event.subscriptionId)) !== null) return 'stale';
  await ctx.db.insert('stripeSubscriptions', {
    userId,
    stripeSubscriptionId: event.subscriptionId,
    status: 'active',
    interval: null,
    currentPeriodEnd: null,
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    refundedAt: null,
    eventCreated: event.created,
  });
  return 'applied';
}

/** The grace period starts at the first failed payment; the subscription's own events then say past_due. */
async function applyPaymentFailed(ctx: MutationCtx, event: EventOf<'payment-failed'>): Promise<Outcome> {
  const row = event.subscriptionId === null ? null : await subscriptionRow(ctx, event.subscriptionId);
  if (row === null || row.status === 'canceled' || row.pastDueSince !== null) return 'stale';
  await ctx.db.patch(row._id, { pastDueSince: event.created * 1000 });
  return 'applied';
}

/**
 * A full refund ends Pro now: the athlete has their money back. The
 * subscription is cancelled at Stripe too, so it does not renew. A partial
 * refund (a goodwill credit) changes nothing.
 */
async function applyRefund(ctx: MutationCtx, userId: Id<'users'>, event: EventOf<'refund'>): Promise<Outcome> {
  if (!event.fullyRefunded) return 'applied';
  const subscriptions = await ctx.db
    .query('stripeSubscriptions')
    .withIndex('by_user', (q) => q.eq('userId', userId))
    .collect();
  for (const sub of subscriptions) {
    if (sub.status === 'canceled' || sub.refundedAt !== null) continue;
    await ctx.db.patch(sub._id, { refundedAt: event.created * 1000 });
    await ctx.scheduler.runAfter(0, internal.billing.deletion.cancelRefunded, {
      stripeSubscriptionId: sub.stripeSubscriptionId,
    });
  }
  return 'applied';
}
