import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import {
  cancelSubscription,
  createCheckoutSession,
  createCustomer,
  createPortalSession,
  deleteCustomer,
} from '../../../convex/billing/stripeCalls';
import { stripeClient } from '../../../convex/billing/stripeClient';
import { startFakeStripe, type FakeStripeServer } from './server';

// The real stripe client, built as the Convex actions build it, against the
// fake Stripe API on 127.0.0.1: what goes over the wire and what comes back.

const SECRET = 'sk_test_fake_secret';
const PRICE = 'price_pro_monthly';
const RETURN = 'chrome-extension://abcdefghijklmnop/billing-return.html';
let fake: FakeStripeServer;

beforeAll(async () => {
  fake = await startFakeStripe({ secretKey: SECRET, prices: [PRICE] });
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
  fake.requests.length = 0;
});

function client(secret = SECRET): Stripe {
  vi.stubEnv('STRIPE_SECRET_KEY', secret);
  vi.stubEnv('STRIPE_API_BASE_URL', fake.url);
  const stripe = stripeClient();
  if (stripe === null) throw new Error('No client');
  return stripe;
}

test('a customer is created with the athlete id in its metadata, form-encoded, with an idempotency key', async () => {
  const id = await createCustomer(client(), 'user_1', 'ada@example.test');
  expect(id).toMatch(/^cus_fake_\d+$/);
  expect(fake.requests).toHaveLength(1);
  const sent = fake.requests[0]!;
  expect([sent.method, sent.path]).toEqual(['POST', '/v1/customers']);
  expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(sent.headers['idempotency-key']).toBe('customer-user_1');
  expect(sent.form).toEqual({ metadata: { userId: 'user_1' }, email: 'ada@example.test' });
});

test('two first checkouts racing for one athlete get the same customer', async () => {
  const stripe = client();
  const [a, b] = await Promise.all([createCustomer(stripe, 'user_2', null), createCustomer(stripe, 'user_2', null)]);
  expect(a).toBe(b);
});

test('a Checkout Session for the price, returning to the extension page done or cancelled', async () => {
  const stripe = client();
  const customerId = await createCustomer(stripe, 'user_3', null);
  const url = await createCheckoutSession(stripe, { customerId, priceId: PRICE, userId: 'user_3', returnUrl: RETURN });
  expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_fake_\d+$/);
  expect(fake.requests.at(-1)?.form).toEqual({
    mode: 'subscription',
    customer: customerId,
    client_reference_id: 'user_3',
    line_items: [{ price: PRICE, quantity: '1' }],
    success_url: `${RETURN}?checkout=done`,
    cancel_url: `${RETURN}?checkout=cancelled`,
  });
});

test("an unknown price comes back as Stripe's invalid_request_error, with its code and param", async () => {
  const stripe = client();
  const customerId = await createCustomer(stripe, 'user_4', null);
  const failure = await createCheckoutSession(stripe, {
    customerId,
    priceId: 'price_gone',
    userId: 'user_4',
    returnUrl: RETURN,
  }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  expect(failure).toMatchObject({
    statusCode: 400,
    code: 'resource_missing',
    param: 'line_items[0][price]',
    message: "No such price: 'price_gone'",
  });
});

test('a Customer Portal session for the customer, returning to the extension', async () => {
  const stripe = client();
  const customerId = await createCustomer(stripe, 'user_5', null);
  const url = await createPortalSession(stripe, customerId, RETURN);
  expect(url).toMatch(/^https:\/\/billing\.stripe\.com\/p\/session\/test_fake_\d+$/);
  expect(fake.requests.at(-1)?.form).toEqual({ customer: customerId, return_url: RETURN });
});

test('a wrong secret key is an authentication error', async () => {
  await expect(createCustomer(client('sk_test_wrong'), 'user_6', null)).rejects.toBeInstanceOf(
    Stripe.errors.StripeAuthenticationError,
  );
});

test('deleting a customer deletes it; deleting it again is not an error', async () => {
  const stripe = client();
  const customerId = await createCustomer(stripe, 'user_7', null);
  await deleteCustomer(stripe, customerId);
  expect(fake.objects.has(customerId)).toBe(false);
  await deleteCustomer(stripe, customerId);
  expect(fake.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
    `DELETE /v1/customers/${customerId}`,
    `DELETE /v1/customers/${customerId}`,
  ]);
});

test('cancelling a subscription cancels it at Stripe', async () => {
  fake.objects.set('sub_1', { id: 'sub_1', object: 'subscription', status: 'active' });
  await cancelSubscription(client(), 'sub_1');
  expect(fake.objects.get('sub_1')?.status).toBe('canceled');
});

test('without STRIPE_SECRET_KEY there is no client', () => {
  vi.stubEnv('STRIPE_SECRET_KEY', '');
  expect(stripeClient()).toBeNull();
});
