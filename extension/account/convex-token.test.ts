import { expect, test } from 'vitest';
import { convexTokenFetcher, type TokenSession } from './convex-token';

function sessionMinting(token: string) {
  const asked: { template: string; skipCache: boolean }[] = [];
  const session: TokenSession = {
    getToken: async (options) => {
      asked.push(options);
      return token;
    },
  };
  return { session, asked };
}

test("Convex gets a token from Clerk's convex template, fresh when it asks for a refresh", async () => {
  const { session, asked } = sessionMinting('jwt-for-convex');
  const fetchToken = convexTokenFetcher(() => session);

  expect(await fetchToken({ forceRefreshToken: false })).toBe('jwt-for-convex');
  expect(await fetchToken({ forceRefreshToken: true })).toBe('jwt-for-convex');
  expect(asked).toEqual([
    { template: 'convex', skipCache: false },
    { template: 'convex', skipCache: true },
  ]);
});

test('signed out, or Clerk failing, gives Convex no token rather than an error', async () => {
  expect(await convexTokenFetcher(() => null)({ forceRefreshToken: false })).toBeNull();
  const failing: TokenSession = { getToken: () => Promise.reject(new Error('network down')) };
  expect(await convexTokenFetcher(() => failing)({ forceRefreshToken: true })).toBeNull();
});
