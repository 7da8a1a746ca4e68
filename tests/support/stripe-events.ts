import Stripe from 'stripe';

// Stripe-shaped events for the webhook tests, signed as Stripe signs them
// (stripe's generateTestHeaderStringAsync with the SubtleCrypto provider).

export const WEBHOOK_SECRET = 'whsec_test_secret';
const crypto = Stripe.createSubtleCryptoProvider();

export interface SubscriptionShape {
  readonly id?: string;
  readonly customer: string;
  readonly status: string;
  readonly interval?: 'month' | 'year';
  /** Epoch seconds. */
  readonly periodEnd?: number;
  readonly cancelAtPeriodEnd?: boolean;
}

export function subscriptionEvent(
  id: string,
  type: 'created' | 'updated' | 'deleted',
  created: number,
  sub: SubscriptionShape,
): object {
  return event(id, `customer.subscription.${type}`, created, {
    id: sub.id ?? 'sub_1',
    object: 'subscription',
    customer: sub.customer,
    status: sub.status,
    cancel_at_period_end: sub.cancelAtPeriodEnd ?? false,
    items: {
      object: 'list',
      data: [
        {
          id: 'si_1',
          object: 'subscription_item',
          current_period_end: sub.periodEnd ?? created + 30 * 24 * 3600,
          price: { id: 'price_pro', object: 'price', recurring: { interval: sub.interval ?? 'month' } },
        },
      ],
    },
  });
}

export function checkoutCompleted(
  id: string,
  created: number,
  customer: string,
  userRef: string,
  sub = 'sub_1',
): object {
  return event(id, 'checkout.session.completed', created, {
    id: 'cs_test_1',
    object: 'checkout.session',
    mode: 'subscription',
    customer,
    client_reference_id: userRef,
    subscription: sub,
    payment_status: 'paid',
  });
}

export function paymentFailed(id: string, created: number, customer: string, sub = 'sub_1'): object {
  return event(id, 'invoice.payment_failed', created, {
    id: 'in_1',
    object: 'invoice',
    customer,
    parent: { type: 'subscription_details', subscription_details: { subscription: sub } },
  });
}

export function chargeRefunded(id: string, created: number, customer: string, full: boolean): object {
  return event(id, 'charge.refunded', created, {
    id: 'ch_1',
    object: 'charge',
    customer,
    amount: 900,
    amount_refunded: full ? 900 : 300,
    refunded: full,
  });
}

function event(id: string, type: string, created: number, object: object): object {
  return { id, object: 'event', type, created, api_version: '2026-10-28.endive', livemode: false, data: { object } };
}

/** The body and Stripe-Signature header Stripe would send for `payload`, signed at `timestamp` (epoch s). */
export async function signed(payload: object, timestamp?: number, secret = WEBHOOK_SECRET) {
  const body = JSON.stringify(payload);
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload: body,
    secret,
    cryptoProvider: crypto,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
  return { body, header };
}
