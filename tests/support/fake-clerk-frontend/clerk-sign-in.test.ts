import { verifyToken } from '@clerk/backend';
import type { UserIdentity } from 'convex/server';
import { convexTest } from 'convex-test';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Account } from '../../../extension/account/account';
import type { Clerk } from '../../../extension/account/clerk-account';
import { type KeyValueArea, memoryArea } from '../../../extension/ai/key-value-area';
import { api } from '../../../convex/_generated/api';
import schema from '../../../convex/schema';
import { modules } from '../../../convex/test.setup';
import { openBrowserPage, type BrowserPage } from '../browser-page';
import { startFakeClerkFrontend, type FakeClerkFrontendServer } from './index';

// The extension's own Clerk client (createPanelClerk + loadClerkAccount: the real
// clerk-js 6.40 inside @clerk/chrome-extension 3.1.84) in a happy-dom page at
// the side panel's URL, signing in against the fake Frontend API on 127.0.0.1
// the way Clerk's sign-in form does; then the Convex token it hands the Convex
// client, verified and given to a Convex function as the caller's identity.

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
// Not chrome-extension://<id>/sidepanel.html: happy-dom, like Node's URL, gives
// that page the opaque origin "null", against which clerk-js cannot resolve its
// redirect URLs. The browser end-to-end test runs at the real one.
const PANEL_URL = 'http://localhost/sidepanel.html';
const T0 = Date.parse('2026-03-02T09:00:00Z');
const ADA = {
  id: 'user_ada',
  email: 'ada@example.test',
  password: 'correct horse battery',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

let fake: FakeClerkFrontendServer;
let page: BrowserPage;
/** The extension's private values of this test's browser profile, where the panel's Clerk keeps its client token. */
let privateValues: KeyValueArea;

beforeAll(async () => {
  fake = await startFakeClerkFrontend({ users: [ADA] });
});
afterAll(() => fake.close());

beforeEach(() => {
  // A clock the test moves, and timers that only run when it does: each test's
  // clerk-js keeps polling for a session token every 5 s, which must stop with the test.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], now: T0 });
  // webextension-polyfill, which @clerk/chrome-extension loads, refuses to run outside an extension page.
  vi.stubGlobal('chrome', { runtime: { id: EXTENSION_ID } });
  // A fresh browser profile for each test; the fake's certificate is self-signed.
  page = openBrowserPage(PANEL_URL, { trustAnyCertificate: true });
  privateValues = memoryArea();
  fake.requests.length = 0;
  fake.sentCodes.length = 0;
});
afterEach(async () => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await page.close();
});

interface Panel {
  readonly clerk: Clerk;
  readonly account: Account;
}

/** Opens the side panel: clerk-js loaded afresh, as on a new page, with the profile's stored values as they are. */
async function openPanel(): Promise<Panel> {
  vi.resetModules();
  const { createPanelClerk, loadClerkAccount } = await import('../../../extension/account/clerk-account');
  const clerk = createPanelClerk(fake.publishableKey, privateValues);
  const status = await loadClerkAccount(clerk, PANEL_URL);
  if (status.kind !== 'ready') throw new Error(`Clerk did not load: ${status.kind}`);
  return { clerk, account: status.account };
}

function startSignIn(clerk: Clerk, email: string) {
  if (!clerk.client) throw new Error('Clerk loaded without a client');
  return clerk.client.signIn.create({ identifier: email });
}

/** What Clerk's sign-in form does with an email and a password. */
async function signInWithPassword({ clerk }: Panel, email: string, password: string): Promise<void> {
  const signIn = await startSignIn(clerk, email);
  const done = await signIn.attemptFirstFactor({ strategy: 'password', password });
  await clerk.setActive({ session: done.createdSessionId });
}

/** ... and with an email code, read from the fake's outbox by `readCode`. */
async function signInWithEmailCode({ clerk }: Panel, email: string, readCode: () => string): Promise<void> {
  const signIn = await startSignIn(clerk, email);
  const factor = signIn.supportedFirstFactors?.find((f) => f.strategy === 'email_code');
  if (factor?.strategy !== 'email_code') throw new Error('the sign-in offers no email code');
  await signIn.prepareFirstFactor({ strategy: 'email_code', emailAddressId: factor.emailAddressId });
  const done = await signIn.attemptFirstFactor({ strategy: 'email_code', code: readCode() });
  await clerk.setActive({ session: done.createdSessionId });
}

const convexToken = (account: Account, forceRefreshToken = false) => account.fetchToken({ forceRefreshToken });
const convexTokenRequests = () => fake.requests.filter((r) => r.path.endsWith('/tokens/convex')).length;

/** The identity Convex makes of a verified token's claims (https://docs.convex.dev/auth/functions-auth). */
function identityOf(claims: Awaited<ReturnType<typeof verifyToken>>): UserIdentity {
  const { iss, sub, name, email, email_verified } = claims;
  if (typeof name !== 'string' || typeof email !== 'string')
    throw new Error(`no name or email in ${JSON.stringify(claims)}`);
  return {
    issuer: iss,
    subject: sub,
    tokenIdentifier: `${iss}|${sub}`,
    name,
    email,
    emailVerified: email_verified === true,
  };
}

test('signing in with a password: the account names the athlete, and its Convex token reaches a Convex function as them', async () => {
  const panel = await openPanel();
  expect(panel.account.state()).toEqual({ signedIn: false });

  await signInWithPassword(panel, ADA.email, ADA.password);

  expect(panel.account.state()).toEqual({ signedIn: true, label: 'ada@example.test' });
  expect(fake.requests.filter((r) => r.path.includes('/sign_ins')).map((r) => [r.method, r.path, r.body])).toEqual([
    ['POST', '/v1/client/sign_ins', expect.objectContaining({ identifier: 'ada@example.test' })],
    [
      'POST',
      expect.stringMatching(/^\/v1\/client\/sign_ins\/sia_\w+\/attempt_first_factor$/),
      { strategy: 'password', password: ADA.password },
    ],
  ]);

  const token = await convexToken(panel.account);
  if (token === null || token === undefined) throw new Error('no Convex token');
  const claims = await verifyToken(token, { jwtKey: fake.publicKeyPem, audience: 'convex', issuer: fake.url });
  expect(claims).toMatchObject({
    iss: fake.url,
    sub: 'user_ada',
    aud: 'convex',
    sid: panel.clerk.session?.id,
    email: 'ada@example.test',
    name: 'Ada Lovelace',
  });
  expect(claims.exp - claims.iat).toBe(60);

  // What the deployment trusts (convex/auth.config.ts) is exactly this issuer and audience.
  vi.stubEnv('CLERK_JWT_ISSUER_DOMAIN', fake.url);
  const { default: authConfig } = await import('../../../convex/auth.config');
  vi.unstubAllEnvs();
  expect(authConfig.providers).toEqual([{ domain: claims.iss, applicationID: claims.aud }]);

  const t = convexTest(schema, modules);
  const asAda = t.withIdentity(identityOf(claims));
  const userId = await asAda.mutation(api.users.store, {});
  expect(await asAda.query(api.users.me, {})).toEqual({
    name: 'Ada Lovelace',
    email: 'ada@example.test',
    accountCreatedAt: expect.any(Number),
    ageConfirmed: false,
  });
  expect(await t.run(async (ctx) => (await ctx.db.get(userId))?.tokenIdentifier)).toBe(`${fake.url}|user_ada`);
});

test('signing in with an email code: the code the fake emailed signs the athlete in', async () => {
  const panel = await openPanel();

  await signInWithEmailCode(panel, ADA.email, () => {
    expect(fake.sentCodes.map((sent) => sent.to)).toEqual(['ada@example.test']);
    return fake.sentCodes[0]?.code ?? '';
  });

  expect(panel.account.state()).toEqual({ signedIn: true, label: 'ada@example.test' });
  const token = await convexToken(panel.account);
  const claims = await verifyToken(token ?? '', { jwtKey: fake.publicKeyPem, audience: 'convex', issuer: fake.url });
  expect(claims.sub).toBe('user_ada');
});

test("a wrong password, a wrong code or an unknown email: Clerk's error reaches the caller, and nobody is signed in", async () => {
  const panel = await openPanel();
  const sessionsBefore = fake.sessions.size;

  await expect(signInWithPassword(panel, ADA.email, 'wrong horse')).rejects.toMatchObject({
    status: 422,
    errors: [
      { code: 'form_password_incorrect', longMessage: 'Password is incorrect. Try again, or use another method.' },
    ],
  });
  await expect(
    signInWithEmailCode(panel, ADA.email, () => (fake.sentCodes[0]?.code === '000000' ? '111111' : '000000')),
  ).rejects.toMatchObject({
    status: 422,
    errors: [{ code: 'form_code_incorrect', longMessage: 'Incorrect code' }],
  });
  await expect(signInWithPassword(panel, 'nobody@example.test', ADA.password)).rejects.toMatchObject({
    status: 422,
    errors: [{ code: 'form_identifier_not_found', longMessage: "Couldn't find your account." }],
  });

  expect(panel.account.state()).toEqual({ signedIn: false });
  expect(await convexToken(panel.account)).toBeNull();
  expect(fake.sessions.size).toBe(sessionsBefore);
});

test('signing out ends the session at Clerk: the account says so at once, has no token, and a reopened panel is signed out', async () => {
  const panel = await openPanel();
  await signInWithPassword(panel, ADA.email, ADA.password);
  const sessionId = panel.clerk.session?.id ?? '';
  // Signed in survives closing the panel: the profile keeps Clerk's client token.
  const reopened = await openPanel();
  expect(reopened.account.state()).toEqual({ signedIn: true, label: 'ada@example.test' });

  const seen: unknown[] = [];
  reopened.account.subscribe((state) => seen.push(state));
  await reopened.account.signOut();

  expect(fake.sessions.get(sessionId)?.status).toBe('removed');
  expect(fake.requests).toContainEqual({ method: 'DELETE', path: '/v1/client/sessions', body: {} });
  expect(reopened.account.state()).toEqual({ signedIn: false });
  expect(seen).toContainEqual({ signedIn: false });
  expect(await convexToken(reopened.account)).toBeNull();
  expect((await openPanel()).account.state()).toEqual({ signedIn: false });
});

test('the Convex token is reused while it lives, and fetched anew once it has expired or Convex asks for a fresh one', async () => {
  const panel = await openPanel();
  await signInWithPassword(panel, ADA.email, ADA.password);

  const first = await convexToken(panel.account);
  expect(await convexToken(panel.account)).toBe(first);
  expect(convexTokenRequests()).toBe(1);

  vi.setSystemTime(T0 + 61_000);
  const second = await convexToken(panel.account);
  expect(second).not.toBe(first);
  expect(convexTokenRequests()).toBe(2);
  const claims = await verifyToken(second ?? '', { jwtKey: fake.publicKeyPem, audience: 'convex', issuer: fake.url });
  expect([claims.iat, claims.exp]).toEqual([(T0 + 61_000) / 1000, (T0 + 121_000) / 1000]);

  await convexToken(panel.account, true);
  expect(convexTokenRequests()).toBe(3);
});
