import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { memoryArea } from '../../../extension/ai/key-value-area';
import { clerkStorage } from '../../../extension/account/clerk-storage';
import { openBrowserPage, type BrowserPage } from '../browser-page';
import { publishableKeyFor, startFakeClerkFrontend, type FakeClerkFrontendServer } from './index';

// The chrome-extension SDK's other flavour, a `background: true` client of a
// production instance: no cookies, the client's token kept in the storage
// area it is given (here extension/account/clerk-storage.ts over a memory
// area) and sent as `_is_native=1` + Authorization.

const ADA = { id: 'user_ada', email: 'ada@example.test', password: 'correct horse battery' };
let fake: FakeClerkFrontendServer;
let page: BrowserPage;

beforeAll(async () => {
  fake = await startFakeClerkFrontend({ users: [ADA] });
});
afterAll(() => fake.close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  // The SDK checks the manifest a background client needs.
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      getManifest: () => ({ permissions: ['storage'], background: {} }),
    },
  });
  page = openBrowserPage('http://localhost/background.html', { trustAnyCertificate: true });
});
afterEach(async () => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await page.close();
});

test('signing in stores the client token in the storage area; sent back, it keeps the athlete signed in until they sign out', async () => {
  const area = memoryArea();
  const storageKey = `127.0.0.1:${fake.port}|__clerk_client_jwt|v2`;
  const publishableKey = publishableKeyFor(`127.0.0.1:${fake.port}`, 'production');
  /** A new background client (clerk-js loaded afresh), over the same storage area. */
  const open = async () => {
    vi.resetModules();
    const { createClerkClient } = await import('@clerk/chrome-extension/client');
    return createClerkClient({ publishableKey, storageCache: clerkStorage(area), background: true });
  };

  const clerk = await open();
  expect(await area.get(storageKey)).toBeUndefined();
  const signIn = await clerk.client?.signIn.create({ identifier: ADA.email, password: ADA.password });
  await clerk.setActive({ session: signIn?.createdSessionId });
  expect(clerk.user?.id).toBe('user_ada');
  expect(await area.get(storageKey)).toMatch(/^dvb_[0-9a-f]{32}$/);
  expect(fake.requests.at(-1)?.path).toMatch(/^\/v1\/client\/sessions\/sess_fake\d+\/touch$/);

  const again = await open();
  expect(again.user?.primaryEmailAddress?.emailAddress).toBe('ada@example.test');
  await again.signOut();
  // Clerk signs out of the client's sessions and keeps the client: its token
  // stays in the area, naming a client with no session.
  expect(await area.get(storageKey)).toMatch(/^dvb_[0-9a-f]{32}$/);
  expect((await open()).user).toBeNull();
});
