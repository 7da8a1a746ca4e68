import { expect, test } from 'vitest';
import { cloudConfig, NO_ACCOUNTS_IN_BUILD, NO_ACCOUNTS_IN_FIREFOX } from './cloud-config';

test('a build with the Convex URL and the Clerk key has accounts', () => {
  expect(
    cloudConfig({ WXT_CONVEX_URL: 'https://happy-otter-123.convex.cloud', WXT_CLERK_PUBLISHABLE_KEY: 'pk_test_abc' }),
  ).toEqual({
    available: true,
    convexUrl: 'https://happy-otter-123.convex.cloud',
    clerkPublishableKey: 'pk_test_abc',
  });
});

test('a build missing either, or given blanks, has none, and says what to use instead', () => {
  const none = { available: false, reason: NO_ACCOUNTS_IN_BUILD };
  expect(cloudConfig({})).toEqual(none);
  expect(cloudConfig({ WXT_CONVEX_URL: 'https://happy-otter-123.convex.cloud' })).toEqual(none);
  expect(cloudConfig({ WXT_CLERK_PUBLISHABLE_KEY: 'pk_test_abc' })).toEqual(none);
  expect(cloudConfig({ WXT_CONVEX_URL: ' ', WXT_CLERK_PUBLISHABLE_KEY: 'pk_test_abc' })).toEqual(none);
  expect(NO_ACCOUNTS_IN_BUILD).toBe(
    'This copy of SessionsAI was built without SessionsAI accounts, so the hosted assistant is unavailable: use your own Anthropic key instead.',
  );
});

test('the Firefox build has no accounts even with both, and says why and what still works', () => {
  const env = { WXT_CONVEX_URL: 'https://happy-otter-123.convex.cloud', WXT_CLERK_PUBLISHABLE_KEY: 'pk_test_abc' };
  expect(cloudConfig({ ...env, FIREFOX: true })).toEqual({ available: false, reason: NO_ACCOUNTS_IN_FIREFOX });
  expect(cloudConfig({ ...env, FIREFOX: false }).available).toBe(true);
  expect(NO_ACCOUNTS_IN_FIREFOX).toBe(
    'SessionsAI accounts are not available in Firefox yet, because Firefox gives each installation its own extension address and the sign-in service accepts only addresses listed in advance: your library stays in this browser, and the assistant works with your own Anthropic key.',
  );
});
