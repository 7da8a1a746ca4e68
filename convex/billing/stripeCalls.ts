import type Stripe from 'stripe';

// The few Stripe API calls billing makes, each on a client passed in so the
// same code runs in Convex actions and against a local fake in tests.

/** The athlete's customer. The idempotency key makes two racing first checkouts share one customer. */
export async function createCustomer(stripe: Stripe, userId: string, email: string | null): Promise<string> {
  const customer = await stripe.customers.create(
    { metadata: { userId }, ...(email ? { email } : {}) },
    { idempotencyKey: `customer-${userId}` },
  );
  return customer.id;
}

export interface CheckoutRequest {
  readonly customerId: string;
  readonly priceId: string;
  readonly userId: string;
  /** The https address Stripe sends the athlete back to; `checkout=done` or `checkout=cancelled` is added. */
  readonly returnUrl: string;
}

export async function createCheckoutSession(stripe: Stripe, request: CheckoutRequest): Promise<string> {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: request.customerId,
    client_reference_id: request.userId,
    line_items: [{ price: request.priceId, quantity: 1 }],
    success_url: withParam(request.returnUrl, 'checkout', 'done'),
    cancel_url: withParam(request.returnUrl, 'checkout', 'cancelled'),
  });
  if (session.url === null) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  return session.url;
}

export async function createPortalSession(stripe: Stripe, customerId: string, returnUrl: string): Promise<string> {
  const session = await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
  return session.url;
}

/** Deletes the customer, which also cancels their subscriptions at Stripe. A customer already gone is fine. */
export async function deleteCustomer(stripe: Stripe, customerId: string): Promise<void> {
  try {
    await stripe.customers.del(customerId);
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
}

export async function cancelSubscription(stripe: Stripe, subscriptionId: string): Promise<void> {
  try {
    await stripe.subscriptions.cancel(subscriptionId);
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code?: string }).code === 'resource_missing'
  );
}

function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}
