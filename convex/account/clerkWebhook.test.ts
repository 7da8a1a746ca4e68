import { convexTest } from 'convex-test';
import { Webhook } from 'svix';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { asAdult } from '../../tests/support/adult-athlete';
import { seedOwnedRows } from '../../tests/support/convex-rows';
import { fakeClerkBackendHandler } from '../../tests/support/fake-clerk-backend/handler';
import { fakeStripeHandler } from '../../tests/support/fake-stripe/handler';
import { api } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import schema from '../schema';
import { modules } from '../test.setup';

// Clerk's user.deleted webhook through convex/http.ts, signed with svix as
// Clerk's deliveries are: it deletes the account as Settings does, except
// that the Clerk user, gone already, is not deleted again.

const ISSUER = 'https://clerk.example.test';
const ada = { issuer: ISSUER, subject: 'user_ada' };
const SECRET = `whsec_${btoa('a-32-byte-secret-for-svix-tests!')}`;
const NOW = Date.UTC(2026, 11, 2, 12, 0);

beforeEach(() => {
  vi.stubEnv('CLERK_WEBHOOK_SECRET', SECRET);
  vi.stubEnv('CLERK_JWT_ISSUER_DOMAIN', `${ISSUER}/`);
  vi.stubEnv('CLERK_SECRET_KEY', 'sk_test_fake_clerk');
  vi.stubEnv('CLERK_API_URL', 'http://127.0.0.1:10');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_fake');
  vi.stubEnv('STRIPE_API_BASE_URL', 'http://127.0.0.1:9');
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function backend() {
  const stripe = fakeStripeHandler({ secretKey: 'sk_test_fake', prices: [] });
  stripe.objects.set('cus_ada', { id: 'cus_ada', object: 'customer' });
  const clerk = fakeClerkBackendHandler({ secretKey: 'sk_test_fake_clerk', users: [] });
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    return new URL(request.url).port === '10' ? clerk.handle(request) : stripe.handle(request);
  });
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const adaId: Id<'users'> = await asAda.mutation(api.users.store, {});
  await seedOwnedRows(t, adaId, 'ada');
  let n = 0;
  const deliver = async (event: object, secret = SECRET) => {
    const body = JSON.stringify(event);
    const id = `msg_${++n}`;
    const signature = new Webhook(secret).sign(id, new Date(), body);
    const response = await t.fetch('/clerk/webhook', {
      method: 'POST',
      headers: { 'svix-id': id, 'svix-timestamp': String(Math.floor(Date.now() / 1000)), 'svix-signature': signature },
      body,
    });
    return { status: response.status, body: await response.text() };
  };
  return { t, asAda, adaId, deliver, stripe, clerk };
}

const userDeleted = (id: string) => ({
  object: 'event',
  type: 'user.deleted',
  data: { object: 'user', id, deleted: true },
});

test("user.deleted deletes the athlete's account, rows and Stripe customer, and asks nothing more of Clerk", async () => {
  const { t, asAda, adaId, deliver, stripe, clerk } = await backend();

  expect(await deliver(userDeleted('user_ada'))).toEqual({
    status: 200,
    body: JSON.stringify({ received: true, outcome: 'deleting' }),
  });
  await expect(asAda.query(api.sync.head, {})).rejects.toThrow('This SessionsAI account is being deleted');
  expect((await deliver(userDeleted('user_ada'))).body).toBe(
    JSON.stringify({ received: true, outcome: 'already-deleting' }),
  );

  await t.finishAllScheduledFunctions(vi.runAllTimers);
  const left = await t.run(async (ctx) => ({
    user: await ctx.db.get(adaId),
    rows: (await ctx.db.query('syncRows').collect()).length + (await ctx.db.query('sessions').collect()).length,
    files: (await ctx.db.system.query('_storage').collect()).length,
  }));
  expect(left).toEqual({ user: null, rows: 0, files: 0 });
  expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/customers/cus_ada']);
  expect(clerk.requests).toEqual([]);
  // Svix's retry after everything is gone finds nobody.
  expect((await deliver(userDeleted('user_ada'))).body).toBe(
    JSON.stringify({ received: true, outcome: 'unknown-user' }),
  );
});

test('a bad or missing signature gets 400 and changes nothing; other events are acknowledged and ignored', async () => {
  const { t, adaId, deliver } = await backend();
  const forged = await deliver(userDeleted('user_ada'), `whsec_${btoa('another-secret-entirely-32-bytes')}`);
  expect(forged).toEqual({ status: 400, body: 'The Svix signature does not match this endpoint.' });
  const unsigned = await t.fetch('/clerk/webhook', { method: 'POST', body: JSON.stringify(userDeleted('user_ada')) });
  expect({ status: unsigned.status, body: await unsigned.text() }).toEqual({
    status: 400,
    body: 'The svix-id header is missing.',
  });
  expect((await deliver({ type: 'user.updated', data: { id: 'user_ada' } })).body).toBe(
    JSON.stringify({ received: true, outcome: 'ignored' }),
  );
  expect((await t.run((ctx) => ctx.db.get(adaId)))?.deletion).toBeUndefined();
});

test('without CLERK_WEBHOOK_SECRET the endpoint says it is not set up', async () => {
  const { deliver } = await backend();
  vi.stubEnv('CLERK_WEBHOOK_SECRET', '');
  expect(await deliver(userDeleted('user_ada'))).toEqual({
    status: 500,
    body: 'Webhooks are not set up on this server: CLERK_WEBHOOK_SECRET is not set.',
  });
});
