// The panel's Clerk keeps its client token where the background's Clerk reads
// it, and sends it on every Frontend API request.
import { expect, test } from 'vitest';
import { memoryArea } from '../ai/key-value-area';
import { type FapiHooks, frontendApiOf, keepClientToken } from './clerk-client-token';
import { clerkStorage } from './clerk-storage';

const LIVE_KEY = 'pk_live_Y2xlcmsuc2Vzc2lvbnNhaS5leGFtcGxlJA==';
const TEST_KEY = 'pk_test_c2hhcnAtb3dsLTEyLmNsZXJrLmFjY291bnRzLmRldiQ=';

/** A Clerk stand-in that runs the hooks around requests the test makes. */
function fakeClerk() {
  let before: Parameters<FapiHooks['__internal_onBeforeRequest']>[0] = () => undefined;
  let after: Parameters<FapiHooks['__internal_onAfterResponse']>[0] = () => undefined;
  const clerk: FapiHooks = {
    __internal_onBeforeRequest: (callback) => {
      before = callback;
    },
    __internal_onAfterResponse: (callback) => {
      after = callback;
    },
  };
  /** One request to `host`, answered with `answerHeaders`; resolves with what was sent. */
  async function request(host: string, answerHeaders: Record<string, string>) {
    const init: { url: URL; headers: Headers; credentials: RequestCredentials } = {
      url: new URL(`https://${host}/v1/client`),
      headers: new Headers(),
      credentials: 'include',
    };
    await before(init);
    await after(init, new Response('{}', { headers: answerHeaders }));
    return {
      url: init.url.toString(),
      authorization: init.headers.get('Authorization'),
      credentials: init.credentials,
    };
  }
  return { clerk, request };
}

test('production: the token from the answer is stored under the key the background reads, then sent back', async () => {
  const area = memoryArea();
  const { clerk, request } = fakeClerk();
  keepClientToken(clerk, clerkStorage(area), LIVE_KEY);

  const first = await request('clerk.sessionsai.example', { Authorization: 'Bearer client-jwt-1' });
  const second = await request('clerk.sessionsai.example', {});

  expect(first).toEqual({
    url: 'https://clerk.sessionsai.example/v1/client?_is_native=1',
    authorization: null,
    credentials: 'omit',
  });
  expect(await area.get('clerk.sessionsai.example|__clerk_client_jwt|v2')).toBe('client-jwt-1');
  expect(second).toEqual({
    url: 'https://clerk.sessionsai.example/v1/client?_is_native=1',
    authorization: 'Bearer client-jwt-1',
    credentials: 'omit',
  });
});

test('development: the dev browser token travels in the address and goes when an answer has none', async () => {
  const area = memoryArea();
  const { clerk, request } = fakeClerk();
  keepClientToken(clerk, clerkStorage(area), TEST_KEY);
  const key = 'sharp-owl-12.clerk.accounts.dev|__clerk_client_jwt|v2';

  await request('sharp-owl-12.clerk.accounts.dev', { 'Clerk-Db-Jwt': 'dev-jwt' });
  const stored = await area.get(key);
  const next = await request('sharp-owl-12.clerk.accounts.dev', {});

  expect(stored).toBe('dev-jwt');
  expect(next.url).toBe('https://sharp-owl-12.clerk.accounts.dev/v1/client?__clerk_db_jwt=dev-jwt');
  expect(await area.get(key)).toBeUndefined();
});

test('a key that is not a Clerk publishable key is refused by name', () => {
  expect(frontendApiOf(TEST_KEY)).toEqual({ frontendApi: 'sharp-owl-12.clerk.accounts.dev', production: false });
  expect(() => frontendApiOf('sk_live_secret')).toThrow(
    'Not a Clerk publishable key (pk_test_… or pk_live_…): it begins sk_live_',
  );
});
