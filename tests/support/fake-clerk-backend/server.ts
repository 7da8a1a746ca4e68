// The fake Clerk Backend API on 127.0.0.1 and a free port, for CLERK_API_URL.
import { serveLocally, type LocalServer } from '../local-server';
import { fakeClerkBackendHandler, type FakeClerkBackend, type FakeClerkBackendOptions } from './handler';

export interface FakeClerkBackendServer extends Omit<FakeClerkBackend, 'handle'>, LocalServer {}

export async function startFakeClerkBackend(options: FakeClerkBackendOptions): Promise<FakeClerkBackendServer> {
  const fake = fakeClerkBackendHandler(options);
  const server = await serveLocally(fake.handle);
  return { ...server, requests: fake.requests, users: fake.users, failNext: fake.failNext };
}
