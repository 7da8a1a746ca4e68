import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { deleteClerkUser } from '../../../convex/account/clerkUsers';
import { startFakeClerkBackend, type FakeClerkBackendServer } from './server';

// The real @clerk/backend client, as the deletion's action builds it, against
// the fake Backend API on 127.0.0.1: what goes over the wire and what each answer means.

const SECRET = 'sk_test_fake_clerk';
let fake: FakeClerkBackendServer;

beforeAll(async () => {
  fake = await startFakeClerkBackend({ secretKey: SECRET, users: ['user_ada', 'user_ben'] });
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
  fake.requests.length = 0;
});

function configure(secret = SECRET) {
  vi.stubEnv('CLERK_SECRET_KEY', secret);
  vi.stubEnv('CLERK_API_URL', fake.url);
}

test('deleting a user sends DELETE /v1/users/{id} with the secret key, and only that user goes', async () => {
  configure();
  expect(await deleteClerkUser('user_ada')).toBe('deleted');
  expect(fake.requests).toEqual([{ method: 'DELETE', path: '/v1/users/user_ada', authorization: `Bearer ${SECRET}` }]);
  expect([...fake.users]).toEqual(['user_ben']);
});

test('a user Clerk no longer knows (404) is already gone, so a repeated deletion succeeds', async () => {
  configure();
  expect(await deleteClerkUser('user_gone')).toBe('already-gone');
});

test("a refusal throws with Clerk's words and status; an outage throws too, for a retry", async () => {
  configure('sk_test_wrong');
  await expect(deleteClerkUser('user_ben')).rejects.toThrow(
    'Clerk refused to delete user user_ben (HTTP 401): The secret key is not valid.',
  );
  configure();
  fake.failNext(1);
  await expect(deleteClerkUser('user_ben')).rejects.toThrow(
    'Clerk refused to delete user user_ben (HTTP 503): Clerk is unavailable, try again later.',
  );
  expect(await deleteClerkUser('user_ben')).toBe('deleted');
});

test('without CLERK_SECRET_KEY nothing is sent and the error names the variable', async () => {
  vi.stubEnv('CLERK_SECRET_KEY', '');
  await expect(deleteClerkUser('user_ben')).rejects.toThrow(
    'CLERK_SECRET_KEY is not set, so the Clerk user cannot be deleted',
  );
  expect(fake.requests).toEqual([]);
});
