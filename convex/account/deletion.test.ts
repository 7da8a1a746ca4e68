import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { asAdult } from '../../tests/support/adult-athlete';
import { seedOwnedRows } from '../../tests/support/convex-rows';
import { fakeClerkBackendHandler } from '../../tests/support/fake-clerk-backend/handler';
import { fakeStripeHandler } from '../../tests/support/fake-stripe/handler';
import { api, internal } from '../_generated/api';
import type { Id, TableNames } from '../_generated/dataModel';
import schema from '../schema';
import { modules } from '../test.setup';
import { ERASE_BATCH } from './erase';

// "Delete my account" end to end in convex-test, with Stripe's and Clerk's
// APIs played by their fakes: the lock, every step, retries, and that nothing
// of the athlete is left anywhere while another athlete keeps everything.

const ISSUER = 'https://clerk.example.test';
const ada = { issuer: ISSUER, subject: 'user_ada' };
const ben = { issuer: ISSUER, subject: 'user_ben' };
const NOW = Date.UTC(2026, 11, 2, 12, 0);
const STRIPE_KEY = 'sk_test_fake';
const CLERK_KEY = 'sk_test_fake_clerk';
const LOCKED =
  'This SessionsAI account is being deleted: sync and the hosted assistant are off, and everything stored on the server will be gone by 2027-01-01 (UTC).';

beforeEach(() => {
  vi.stubEnv('STRIPE_SECRET_KEY', STRIPE_KEY);
  vi.stubEnv('STRIPE_API_BASE_URL', 'http://127.0.0.1:9');
  vi.stubEnv('CLERK_SECRET_KEY', CLERK_KEY);
  vi.stubEnv('CLERK_API_URL', 'http://127.0.0.1:10');
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Ada and Ben, both with rows in every owned table and a stored file; Ada's rows take two batches. */
async function backend() {
  const stripe = fakeStripeHandler({ secretKey: STRIPE_KEY, prices: [] });
  stripe.objects.set('cus_ada', { id: 'cus_ada', object: 'customer' });
  stripe.objects.set('cus_ben', { id: 'cus_ben', object: 'customer' });
  const clerk = fakeClerkBackendHandler({ secretKey: CLERK_KEY, users: ['user_ada', 'user_ben'] });
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    return new URL(request.url).port === '10' ? clerk.handle(request) : stripe.handle(request);
  });
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const asBen = await asAdult(t, ben);
  const adaId: Id<'users'> = await asAda.mutation(api.users.store, {});
  const benId: Id<'users'> = await asBen.mutation(api.users.store, {});
  const adaFile = await seedOwnedRows(t, adaId, 'ada', ERASE_BATCH + 10);
  const benFile = await seedOwnedRows(t, benId, 'ben');
  return { t, asAda, asBen, adaId, benId, adaFile, benFile, stripe, clerk };
}

type Tester = Awaited<ReturnType<typeof backend>>['t'];

/** Every document of every table in the schema, and the ids in file storage. */
function everything(t: Tester) {
  return t.run(async (ctx) => {
    const tables: Record<string, { _id: string; userId?: string }[]> = {};
    for (const table of Object.keys(schema.tables) as TableNames[]) {
      tables[table] = await ctx.db.query(table).collect();
    }
    const files = (await ctx.db.system.query('_storage').collect()).map((f) => f._id as string);
    return { tables, files };
  });
}

/** The documents that are `userId`'s or point at them, table by table. */
function of(all: Awaited<ReturnType<typeof everything>>, userId: string) {
  return Object.fromEntries(
    Object.entries(all.tables).map(([table, docs]) => [
      table,
      docs.filter((d) => d._id === userId || d.userId === userId),
    ]),
  );
}

/**
 * Runs every scheduled function that is due now, and those they schedule for
 * now; later retries wait. (convex-test's clock runs a millisecond or so ahead
 * of the test's, so "now" is the next few ms.)
 */
async function runDue(t: Tester) {
  for (let i = 0; i < 20; i++) {
    await vi.advanceTimersByTimeAsync(5);
    await t.finishInProgressScheduledFunctions();
  }
}

test('deleting the account locks it at once, then removes every row and file of the athlete, at Stripe and at Clerk, and nothing of anyone else', async () => {
  const { t, asAda, asBen, adaId, benId, adaFile, benFile, stripe, clerk } = await backend();
  const before = await everything(t);
  expect(of(before, adaId).syncRows).toHaveLength(ERASE_BATCH + 10);

  const { deadline } = await asAda.mutation(api.account.deletion.request, {});
  // 30 days on (give or take the milliseconds convex-test's transactions take).
  expect(Math.round((deadline - NOW) / 1000)).toBe(30 * 24 * 3600);

  await expect(asAda.query(api.sync.pull, { after: 0, limit: 10 })).rejects.toThrow(LOCKED);
  await expect(
    asAda.mutation(api.ai.turns.start, { tone: 'plain', model: 'x', messages: [], maxTokens: 1 }),
  ).rejects.toThrow(LOCKED);
  await expect(asAda.action(api.billing.checkout.openPortal, { returnUrl: 'https://example.test' })).rejects.toThrow(
    LOCKED,
  );
  await expect(asAda.query(api.users.me, {})).rejects.toThrow(LOCKED);
  await expect(asAda.mutation(api.account.deletion.request, {})).rejects.toThrow(LOCKED);

  await runDue(t);
  // All but the account's row is gone within moments; the row waits out Clerk's last tokens, still locked.
  const during = of(await everything(t), adaId);
  expect(Object.values(during).flatMap((docs) => docs.map((d) => d._id))).toEqual([adaId]);
  expect(clerk.requests).toHaveLength(1);
  await expect(asAda.mutation(api.users.store, {})).rejects.toThrow(LOCKED);

  await t.finishAllScheduledFunctions(vi.runAllTimers);

  const after = await everything(t);
  for (const [table, docs] of Object.entries(of(after, adaId))) expect(docs, table).toEqual([]);
  expect(after.files).toEqual([benFile]);
  expect(after.files).not.toContain(adaFile);
  expect(of(after, benId)).toEqual(of(before, benId));
  expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/customers/cus_ada']);
  expect(clerk.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/users/user_ada']);
  expect([...clerk.users]).toEqual(['user_ben']);
  expect((await asBen.query(api.sync.pull, { after: 0, limit: 10 })).rows).toHaveLength(1);
}, 20_000);

test('a failing step is retried after 1 min, then 2 min, and logged each time; Clerk answering at the third try ends it', async () => {
  const { t, asAda, adaId, clerk } = await backend();
  clerk.failNext(2);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

  await asAda.mutation(api.account.deletion.request, {});
  await t.finishAllScheduledFunctions(vi.runAllTimers);

  const cause = 'Clerk refused to delete user user_ada (HTTP 503): Clerk is unavailable, try again later.';
  expect(logged.mock.calls.map((call) => call[0])).toEqual([
    `Deleting account ${adaId}: step clerk failed (1 so far), retrying in 60 s: ${cause}`,
    `Deleting account ${adaId}: step clerk failed (2 so far), retrying in 120 s: ${cause}`,
  ]);
  expect(clerk.requests).toHaveLength(3);
  for (const [table, docs] of Object.entries(of(await everything(t), adaId))) expect(docs, table).toEqual([]);
});

test('while a step keeps failing, the users row says which, how often and why, and the account stays locked', async () => {
  const { t, asAda, adaId, stripe } = await backend();
  vi.stubEnv('STRIPE_SECRET_KEY', '');

  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await asAda.mutation(api.account.deletion.request, {});
  await runDue(t);
  // The first retry is due 1 min after the failure.
  await vi.advanceTimersByTimeAsync(60_000);
  await runDue(t);

  const user = await t.run((ctx) => ctx.db.get(adaId));
  expect(user?.deletion).toMatchObject({
    step: 'stripe',
    failures: 2,
    lastError: 'STRIPE_SECRET_KEY is not set, so the Stripe customer cannot be deleted',
  });
  await expect(asAda.query(api.sync.head, {})).rejects.toThrow(LOCKED);

  // The key set again: the next retry, 2 min after the last failure, carries on to the end.
  vi.stubEnv('STRIPE_SECRET_KEY', STRIPE_KEY);
  await t.finishAllScheduledFunctions(vi.runAllTimers);
  expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/customers/cus_ada']);
  expect(await t.run((ctx) => ctx.db.get(adaId))).toBeNull();
});

test('a step run twice, or after the account is gone, changes nothing', async () => {
  const { t, asAda, adaId, clerk } = await backend();
  await asAda.mutation(api.account.deletion.request, {});
  // A late duplicate of a step the deletion is not at does not move it.
  const requested = await t.run((ctx) => ctx.db.get(adaId));
  await t.mutation(internal.account.deletion.stepDone, { userId: adaId, step: 'clerk' });
  await t.mutation(internal.account.erase.eraseBatch, { userId: adaId, step: 'rows' });
  expect(await t.run((ctx) => ctx.db.get(adaId))).toEqual(requested);

  await t.finishAllScheduledFunctions(vi.runAllTimers);
  const gone = await everything(t);
  await t.mutation(internal.account.erase.eraseBatch, { userId: adaId, step: 'sweep' });
  await t.mutation(internal.account.deletion.stepFailed, { userId: adaId, step: 'sweep', error: 'late' });
  await t.action(internal.account.elsewhere.deleteClerkUser, { userId: adaId, clerkUserId: 'user_ada' });
  await t.finishAllScheduledFunctions(vi.runAllTimers);

  // Clerk answered the repeat with 404, which counts as done.
  expect(clerk.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'DELETE /v1/users/user_ada',
    'DELETE /v1/users/user_ada',
  ]);
  expect(await everything(t)).toEqual(gone);
});
