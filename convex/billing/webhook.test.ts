import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeStripeHandler } from '../../tests/support/fake-stripe/handler';
import {
  chargeRefunded,
  checkoutCompleted,
  paymentFailed,
  signed,
  subscriptionEvent,
  WEBHOOK_SECRET,
} from '../../tests/support/stripe-events';
import { api } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import schema from '../schema';
import { modules } from '../test.setup';

// Stripe's webhook through convex/http.ts: signed events replayed, duplicated,
// reordered and late, and what the athlete's plan is after each.

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const NOW_S = Math.floor(Date.UTC(2026, 11, 2, 12, 0) / 1000);
const DAY_S = 24 * 3600;
const CUSTOMER = 'cus_ada';

beforeEach(() => {
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', WEBHOOK_SECRET);
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_fake');
  vi.stubEnv('STRIPE_API_BASE_URL', 'http://127.0.0.1:9');
  vi.stubEnv('BILLING_GRACE_DAYS', '3');
  vi.stubEnv('AI_FREE_REQUESTS_PER_DAY', '1');
  vi.stubEnv('AI_PRO_REQUESTS_PER_DAY', '3');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW_S * 1000);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A backend where Ada has an account linked to her Stripe customer. */
async function backend() {
  const stripe = fakeStripeHandler({ secretKey: 'sk_test_fake', prices: [] });
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => stripe.handle(new Request(url, init)));
  const t = convexTest(schema, modules);
  const asAda = t.withIdentity(ada);
  const userId: Id<'users'> = await asAda.mutation(api.users.store, {});
  await t.run((ctx) => ctx.db.insert('stripeCustomers', { userId, stripeCustomerId: CUSTOMER }));
  const deliver = async (payload: object, timestamp?: number) => {
    const { body, header } = await signed(payload, timestamp);
    const response = await t.fetch('/stripe/webhook', {
      method: 'POST',
      headers: { 'stripe-signature': header },
      body,
    });
    return { status: response.status, json: response.status === 200 ? await response.json() : await response.text() };
  };
  const plan = () => asAda.query(api.billing.plan.mine, {});
  const tables = () =>
    t.run(async (ctx) => ({
      subscriptions: await ctx.db.query('stripeSubscriptions').collect(),
      events: await ctx.db.query('stripeEvents').collect(),
    }));
  return { t, asAda, userId, deliver, plan, tables, stripe };
}

const active = (id: string, created: number, extra = {}) =>
  subscriptionEvent(id, 'updated', created, { customer: CUSTOMER, status: 'active', ...extra });

test('a subscription event makes the athlete Pro with interval, renewal date and the larger budget', async () => {
  const { deliver, plan, asAda } = await backend();
  expect((await asAda.query(api.billing.plan.mine, {})).plan).toBe('free');
  const periodEnd = NOW_S + 365 * DAY_S;
  expect(
    await deliver(
      subscriptionEvent('evt_1', 'created', NOW_S, {
        customer: CUSTOMER,
        status: 'active',
        interval: 'year',
        periodEnd,
      }),
    ),
  ).toEqual({ status: 200, json: { received: true, outcome: 'applied' } });
  expect(await plan()).toMatchObject({
    plan: 'pro',
    interval: 'year',
    status: 'active',
    periodEnd: periodEnd * 1000,
    cancelAtPeriodEnd: false,
    graceEndsAt: null,
    day: { requestLimit: 3 },
  });
});

test('the same event delivered twice, or replayed later, is applied once', async () => {
  const { deliver, plan, tables } = await backend();
  const created = subscriptionEvent('evt_1', 'created', NOW_S, { customer: CUSTOMER, status: 'active' });
  const deleted = subscriptionEvent('evt_2', 'deleted', NOW_S + 60, { customer: CUSTOMER, status: 'canceled' });
  expect((await deliver(created)).json).toEqual({ received: true, outcome: 'applied' });
  expect((await deliver(created)).json).toEqual({ received: true, outcome: 'duplicate' });
  expect((await deliver(deleted)).json).toEqual({ received: true, outcome: 'applied' });
  // Stripe's retry of the first event, a day later and freshly signed.
  vi.setSystemTime((NOW_S + DAY_S) * 1000);
  expect((await deliver(created)).json).toEqual({ received: true, outcome: 'duplicate' });
  expect((await plan()).plan).toBe('free');
  const { subscriptions, events } = await tables();
  expect(subscriptions.map((s) => s.status)).toEqual(['canceled']);
  expect(events.map((e) => e.eventId)).toEqual(['evt_1', 'evt_2']);
});

test('events out of order keep the newest state: a late update does not undo a cancellation', async () => {
  const { deliver, plan } = await backend();
  expect(
    (await deliver(subscriptionEvent('evt_3', 'deleted', NOW_S + 20, { customer: CUSTOMER, status: 'canceled' }))).json,
  ).toEqual({ received: true, outcome: 'applied' });
  expect((await deliver(active('evt_2', NOW_S + 10))).json).toEqual({ received: true, outcome: 'stale' });
  expect(
    (await deliver(subscriptionEvent('evt_1', 'created', NOW_S, { customer: CUSTOMER, status: 'incomplete' }))).json,
  ).toEqual({ received: true, outcome: 'stale' });
  expect((await plan()).plan).toBe('free');
});

test('within one second, an incomplete subscription arriving after its activation does not undo it', async () => {
  const { deliver, plan } = await backend();
  expect((await deliver(active('evt_2', NOW_S))).json).toEqual({ received: true, outcome: 'applied' });
  const created = subscriptionEvent('evt_1', 'created', NOW_S, { customer: CUSTOMER, status: 'incomplete' });
  expect((await deliver(created)).json).toEqual({ received: true, outcome: 'stale' });
  expect((await plan()).plan).toBe('pro');
  const ended = subscriptionEvent('evt_3', 'deleted', NOW_S, { customer: CUSTOMER, status: 'canceled' });
  expect((await deliver(ended)).json).toEqual({ received: true, outcome: 'applied' });
  expect((await plan()).plan).toBe('free');
});

test('an older update arriving after a newer one changes nothing', async () => {
  const { deliver, plan } = await backend();
  await deliver(active('evt_2', NOW_S + 10, { cancelAtPeriodEnd: true }));
  expect((await deliver(active('evt_1', NOW_S))).json).toEqual({ received: true, outcome: 'stale' });
  expect((await plan()).cancelAtPeriodEnd).toBe(true);
});

test("a paid Checkout makes Pro at once; the subscription's late event fills in interval and renewal", async () => {
  const { deliver, plan, userId } = await backend();
  expect((await deliver(checkoutCompleted('evt_c', NOW_S + 5, CUSTOMER, userId))).json).toEqual({
    received: true,
    outcome: 'applied',
  });
  expect(await plan()).toMatchObject({ plan: 'pro', interval: null, periodEnd: null });
  const periodEnd = NOW_S + 30 * DAY_S;
  const late = subscriptionEvent('evt_s', 'created', NOW_S, { customer: CUSTOMER, status: 'incomplete', periodEnd });
  expect((await deliver(late)).json).toEqual({ received: true, outcome: 'stale' });
  expect(await plan()).toMatchObject({ plan: 'pro', status: 'active', interval: 'month', periodEnd: periodEnd * 1000 });
});

test('a Checkout links a customer made elsewhere to the athlete named in client_reference_id', async () => {
  const { deliver, plan, userId, t } = await backend();
  await t.run(async (ctx) => {
    for (const row of await ctx.db.query('stripeCustomers').collect()) await ctx.db.delete(row._id);
  });
  await deliver(checkoutCompleted('evt_c', NOW_S, 'cus_new', userId));
  expect((await plan()).plan).toBe('pro');
  const update = subscriptionEvent('evt_u', 'updated', NOW_S + 1, {
    customer: 'cus_new',
    status: 'active',
    interval: 'year',
  });
  expect((await deliver(update)).json).toEqual({ received: true, outcome: 'applied' });
  expect((await plan()).interval).toBe('year');
});

test('an event for a customer nobody here has is recorded and ignored', async () => {
  const { deliver, plan } = await backend();
  const stranger = subscriptionEvent('evt_x', 'created', NOW_S, { customer: 'cus_stranger', status: 'active' });
  expect((await deliver(stranger)).json).toEqual({ received: true, outcome: 'unknown-customer' });
  expect((await plan()).plan).toBe('free');
});

test('a failed payment keeps Pro for the grace period while past due, then Free; paying restores Pro', async () => {
  const { deliver, plan } = await backend();
  await deliver(active('evt_1', NOW_S - 30 * DAY_S));
  expect((await deliver(paymentFailed('evt_2', NOW_S, CUSTOMER))).json).toEqual({ received: true, outcome: 'applied' });
  await deliver(subscriptionEvent('evt_3', 'updated', NOW_S + 5, { customer: CUSTOMER, status: 'past_due' }));
  const graceEndsAt = (NOW_S + 3 * DAY_S) * 1000;
  expect(await plan()).toMatchObject({ plan: 'pro', status: 'past_due', graceEndsAt });
  vi.setSystemTime(graceEndsAt - 1);
  expect((await plan()).plan).toBe('pro');
  vi.setSystemTime(graceEndsAt);
  expect((await plan()).plan).toBe('free');
  await deliver(active('evt_4', NOW_S + 4 * DAY_S));
  expect(await plan()).toMatchObject({ plan: 'pro', status: 'active', graceEndsAt: null });
});

test('a full refund ends Pro and cancels the subscription at Stripe; a partial one changes nothing', async () => {
  const { deliver, plan, t, stripe } = await backend();
  stripe.objects.set('sub_1', { id: 'sub_1', object: 'subscription', status: 'active' });
  await deliver(active('evt_1', NOW_S));
  await deliver(chargeRefunded('evt_2', NOW_S + 1, CUSTOMER, false));
  expect((await plan()).plan).toBe('pro');
  vi.setSystemTime((NOW_S + 2) * 1000);
  await deliver(chargeRefunded('evt_3', NOW_S + 2, CUSTOMER, true));
  expect((await plan()).plan).toBe('free');
  await t.finishAllScheduledFunctions(() => {});
  expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/subscriptions/sub_1']);
  expect(stripe.objects.get('sub_1')?.status).toBe('canceled');
});

test('a bad, missing or expired signature is refused with 400 and changes nothing', async () => {
  const { t, deliver, plan, tables } = await backend();
  const payload = active('evt_1', NOW_S);
  const { body } = await signed(payload);
  const wrong = await signed(payload, undefined, 'whsec_someone_else');
  const tampered = (await signed(payload)).header;
  const post = (headers: Record<string, string>, text = body) =>
    t.fetch('/stripe/webhook', { method: 'POST', headers, body: text });
  expect((await post({ 'stripe-signature': wrong.header })).status).toBe(400);
  expect((await post({})).status).toBe(400);
  expect((await post({ 'stripe-signature': tampered }, body.replace('active', 'trialing'))).status).toBe(400);
  // Signed 10 minutes ago: past stripe's 5-minute tolerance, as a replayed capture would be.
  expect((await deliver(payload, NOW_S - 600)).status).toBe(400);
  expect(await tables()).toEqual({ subscriptions: [], events: [] });
  expect((await plan()).plan).toBe('free');
});

test('without STRIPE_WEBHOOK_SECRET the endpoint refuses everything', async () => {
  const { deliver, tables } = await backend();
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', '');
  expect((await deliver(active('evt_1', NOW_S))).status).toBe(500);
  expect((await tables()).events).toEqual([]);
});

test('an event type billing does not use is acknowledged and recorded', async () => {
  const { deliver } = await backend();
  const other = {
    id: 'evt_o',
    object: 'event',
    type: 'customer.updated',
    created: NOW_S,
    data: { object: { id: CUSTOMER } },
  };
  expect((await deliver(other)).json).toEqual({ received: true, outcome: 'ignored' });
});
