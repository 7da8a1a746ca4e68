import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeAnthropicHandler } from '../../tests/support/fake-anthropic/handler';
import { fakeStripeHandler } from '../../tests/support/fake-stripe/handler';
import { signed, subscriptionEvent, WEBHOOK_SECRET } from '../../tests/support/stripe-events';
import { api, internal } from '../_generated/api';
import schema from '../schema';
import { modules } from '../test.setup';
import { asAdult } from '../../tests/support/adult-athlete';

// Upgrade, Manage billing and the Stripe customer's deletion, through the
// Convex actions with the real stripe client; its fetch is the fake Stripe API
// (and, for the hosted turns, the fake Messages API).

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada', email: 'ada@example.test' };
const SECRET = 'sk_test_fake';
const RETURN = 'chrome-extension://abcdefghijklmnop/billing-return.html';
const SITE = 'https://happy-otter-123.convex.site';
/** Where Stripe sends the athlete back: the site's /billing/return, leading on to RETURN. */
const BACK = `${SITE}/billing/return?to=${encodeURIComponent(RETURN)}`;

beforeEach(() => {
  vi.stubEnv('STRIPE_SECRET_KEY', SECRET);
  vi.stubEnv('STRIPE_API_BASE_URL', 'http://127.0.0.1:12111');
  vi.stubEnv('STRIPE_PRICE_PRO_MONTHLY', 'price_month');
  vi.stubEnv('STRIPE_PRICE_PRO_YEARLY', 'price_year');
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', WEBHOOK_SECRET);
  vi.stubEnv('CONVEX_SITE_URL', SITE);
  vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-server-only');
  vi.stubEnv('AI_FREE_REQUESTS_PER_DAY', '1');
  vi.stubEnv('AI_PRO_REQUESTS_PER_DAY', '2');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** Requests to 127.0.0.1:12111 go to the fake Stripe, the rest to the fake Messages API. */
async function backend() {
  const stripe = fakeStripeHandler({ secretKey: SECRET, prices: ['price_month', 'price_year'] });
  const anthropic = fakeAnthropicHandler(() => ({ text: 'Fine.' }));
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    return new URL(request.url).port === '12111' ? stripe.handle(request) : anthropic.handle(request);
  });
  const t = convexTest(schema, modules);
  return { t, asAda: await asAdult(t, ada), stripe, modelCalls: anthropic.requests };
}

const calls = (stripe: Awaited<ReturnType<typeof backend>>['stripe']) =>
  stripe.requests.map((r) => `${r.method} ${r.path}`);

test('checkout creates the Stripe customer once and a Checkout Session for the chosen price', async () => {
  const { asAda, stripe } = await backend();
  const first = await asAda.action(api.billing.checkout.startCheckout, { interval: 'year', returnUrl: RETURN });
  const second = await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN });
  expect(first).toEqual({ ok: true, url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\/c\/pay\//) });
  expect(second.ok).toBe(true);
  expect(calls(stripe)).toEqual(['POST /v1/customers', 'POST /v1/checkout/sessions', 'POST /v1/checkout/sessions']);
  expect(stripe.requests[0]?.form).toMatchObject({ email: 'ada@example.test' });
  expect(stripe.requests.slice(1).map((r) => r.form.line_items)).toEqual([
    [{ price: 'price_year', quantity: '1' }],
    [{ price: 'price_month', quantity: '1' }],
  ]);
  expect(stripe.requests[1]?.form).toMatchObject({
    success_url: `${BACK}&checkout=done`,
    cancel_url: `${BACK}&checkout=cancelled`,
  });
});

test('checkout refuses in words: no price configured, a foreign return page, a Stripe failure', async () => {
  const { asAda, stripe } = await backend();
  vi.stubEnv('STRIPE_PRICE_PRO_YEARLY', '');
  expect(await asAda.action(api.billing.checkout.startCheckout, { interval: 'year', returnUrl: RETURN })).toEqual({
    ok: false,
    message: 'Payments are not set up on this SessionsAI server yet.',
  });
  expect(
    await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: 'http://evil.example/' }),
  ).toEqual({ ok: false, message: 'Stripe cannot send you back to http://evil.example/.' });
  vi.stubEnv('STRIPE_PRICE_PRO_MONTHLY', 'price_retired');
  expect(await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN })).toEqual({
    ok: false,
    message: 'Stripe could not start this just now. Try again in a minute; nothing was charged.',
  });
  expect(calls(stripe)).toEqual(['POST /v1/customers', 'POST /v1/checkout/sessions']);
});

test('Manage billing needs a customer, then opens the Customer Portal for it', async () => {
  const { asAda, stripe } = await backend();
  expect(await asAda.action(api.billing.checkout.openPortal, { returnUrl: RETURN })).toEqual({
    ok: false,
    message: 'There is no billing account to manage yet: upgrade first.',
  });
  await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN });
  const portal = await asAda.action(api.billing.checkout.openPortal, { returnUrl: RETURN });
  expect(portal).toEqual({ ok: true, url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\/p\/session\//) });
  expect(stripe.requests.at(-1)?.form).toEqual({ customer: 'cus_fake_1', return_url: BACK });
});

test('a signed-out caller can open neither', async () => {
  const { t } = await backend();
  await expect(t.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN })).rejects.toThrow(
    'Not signed in',
  );
  await expect(t.action(api.billing.checkout.openPortal, { returnUrl: RETURN })).rejects.toThrow('Not signed in');
});

test('subscribe, be upgraded by the webhook, use the larger budget, cancel, and be back on Free', async () => {
  const { t, asAda, stripe, modelCalls } = await backend();
  const ask = () =>
    asAda.mutation(api.ai.turns.start, {
      tone: 'plain',
      model: 'claude-haiku-5-5',
      messages: [{ role: 'user', content: 'How was my week?' }],
      maxTokens: 500,
    });
  expect((await ask()).ok).toBe(true);
  expect((await ask()).ok).toBe(false);
  await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN });
  const customer = 'cus_fake_1';
  expect(stripe.objects.has(customer)).toBe(true);
  const now = Math.floor(Date.now() / 1000);
  const webhook = async (payload: object) => {
    const { body, header } = await signed(payload);
    return t.fetch('/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': header }, body });
  };
  await webhook(subscriptionEvent('evt_1', 'created', now, { customer, status: 'active' }));
  expect((await asAda.query(api.billing.plan.mine, {})).plan).toBe('pro');
  expect((await ask()).ok).toBe(true);
  expect((await ask()).ok).toBe(false);
  await webhook(subscriptionEvent('evt_2', 'deleted', now + 1, { customer, status: 'canceled' }));
  expect((await asAda.query(api.billing.plan.mine, {})).plan).toBe('free');
  await t.finishAllScheduledFunctions(() => {});
  expect(modelCalls).toHaveLength(2);
});

test("account deletion deletes the athlete's Stripe customer; without one, nothing is called", async () => {
  const { t, asAda, stripe } = await backend();
  const userId = await asAda.mutation(api.users.store, {});
  expect(await t.action(internal.billing.deletion.deleteStripeCustomer, { userId })).toEqual({ deleted: false });
  expect(calls(stripe)).toEqual([]);
  await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN });
  expect(await t.action(internal.billing.deletion.deleteStripeCustomer, { userId })).toEqual({ deleted: true });
  expect(calls(stripe).at(-1)).toBe('DELETE /v1/customers/cus_fake_1');
  expect(stripe.objects.has('cus_fake_1')).toBe(false);
  expect(await t.run((ctx) => ctx.db.query('stripeCustomers').collect())).toEqual([]);
});

test("Stripe's return address leads on to the extension page, and nowhere else", async () => {
  const { t } = await backend();
  const done = await t.fetch(`/billing/return?to=${encodeURIComponent(RETURN)}&checkout=done`, { redirect: 'manual' });
  expect([done.status, done.headers.get('location')]).toEqual([303, `${RETURN}?checkout=done`]);
  const portal = await t.fetch(`/billing/return?to=${encodeURIComponent(RETURN)}`, { redirect: 'manual' });
  expect([portal.status, portal.headers.get('location')]).toEqual([303, RETURN]);
  const elsewhere = await t.fetch(`/billing/return?to=${encodeURIComponent('https://evil.example/')}`, {
    redirect: 'manual',
  });
  expect([elsewhere.status, await elsewhere.text()]).toEqual([
    400,
    'This address only leads back to the SessionsAI extension.',
  ]);
});

test('without the deployment site URL there is nowhere for Stripe to return, so checkout is not offered', async () => {
  const { asAda, stripe } = await backend();
  vi.stubEnv('CONVEX_SITE_URL', '');
  expect(await asAda.action(api.billing.checkout.startCheckout, { interval: 'month', returnUrl: RETURN })).toEqual({
    ok: false,
    message: 'Payments are not set up on this SessionsAI server yet.',
  });
  expect(stripe.requests).toEqual([]);
});
