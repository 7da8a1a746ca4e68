// The fake Stripe API on a real socket (127.0.0.1, a free port): the stripe
// client reaches it through its host, port and protocol options.
import { serveLocally, type LocalServer } from '../local-server';
import { fakeStripeHandler, type FakeStripe, type FakeStripeOptions } from './handler';

export interface FakeStripeServer extends Omit<FakeStripe, 'handle'>, LocalServer {}

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripeServer> {
  const fake = fakeStripeHandler(options);
  const server = await serveLocally(fake.handle);
  return { ...server, requests: fake.requests, objects: fake.objects };
}
