import type Stripe from 'stripe';
import { type Infer, v } from 'convex/values';

// The Stripe events billing acts on, cut down to the facts it keeps. The
// webhook route verifies the event and passes this to an internal mutation, so
// the mutation's validator checks every field and no Stripe object is stored.

const base = { eventId: v.string(), type: v.string(), created: v.number() };

export const billingEventValidator = v.union(
  v.object({
    ...base,
    kind: v.literal('subscription'),
    customerId: v.string(),
    subscriptionId: v.string(),
    status: v.string(),
    interval: v.union(v.literal('month'), v.literal('year'), v.null()),
    currentPeriodEnd: v.union(v.number(), v.null()),
    cancelAtPeriodEnd: v.boolean(),
  }),
  v.object({
    ...base,
    kind: v.literal('checkout'),
    customerId: v.union(v.string(), v.null()),
    /** The client_reference_id the Checkout Session was made with: the athlete's users id. */
    userRef: v.union(v.string(), v.null()),
    subscriptionId: v.union(v.string(), v.null()),
    paid: v.boolean(),
  }),
  v.object({
    ...base,
    kind: v.literal('payment-failed'),
    customerId: v.string(),
    subscriptionId: v.union(v.string(), v.null()),
  }),
  v.object({ ...base, kind: v.literal('refund'), customerId: v.string(), fullyRefunded: v.boolean() }),
  v.object({ ...base, kind: v.literal('ignored') }),
);

export type BillingEvent = Infer<typeof billingEventValidator>;

export function billingEvent(event: Stripe.Event): BillingEvent {
  const base = { eventId: event.id, type: event.type, created: event.created };
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const sub = event.data.object;
      const item = sub.items.data[0];
      const interval: string | undefined = item?.price.recurring?.interval;
      return {
        ...base,
        kind: 'subscription',
        customerId: idOf(sub.customer),
        subscriptionId: sub.id,
        status: sub.status,
        interval: interval === 'month' ? 'month' : interval === 'year' ? 'year' : null,
        currentPeriodEnd: item?.current_period_end === undefined ? null : item.current_period_end * 1000,
        cancelAtPeriodEnd: sub.cancel_at_period_end,
      };
    }
    case 'checkout.session.completed': {
      const session = event.data.object;
      return {
        ...base,
        kind: 'checkout',
        customerId: session.customer === null ? null : idOf(session.customer),
        userRef: session.client_reference_id,
        subscriptionId: session.subscription === null ? null : idOf(session.subscription),
        // A subscription Checkout that needed no payment now (a trial) is complete too.
        paid: session.payment_status === 'paid' || session.payment_status === 'no_payment_required',
      };
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      if (invoice.customer === null) return { ...base, kind: 'ignored' };
      const subscription = invoice.parent?.subscription_details?.subscription ?? null;
      return {
        ...base,
        kind: 'payment-failed',
        customerId: idOf(invoice.customer),
        subscriptionId: subscription === null ? null : idOf(subscription),
      };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      if (charge.customer === null) return { ...base, kind: 'ignored' };
      return { ...base, kind: 'refund', customerId: idOf(charge.customer), fullyRefunded: charge.refunded };
    }
    default:
      return { ...base, kind: 'ignored' };
  }
}

function idOf(value: string | { id: string }): string {
  return typeof value === 'string' ? value : value.id;
}
