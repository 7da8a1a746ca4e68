// A local stand-in for Stripe's REST API, for tests. Like fake-anthropic, two
// ways in: startFakeStripe (a server on 127.0.0.1 for the stripe client's
// host/port/protocol) and fakeStripeHandler(...).handle (the same answers as a
// fetch, for convex-test in edge-runtime; import './handler' there).
export { fakeStripeHandler } from './handler';
export type { FakeStripe, FakeStripeOptions, StripeRequest } from './handler';
export { startFakeStripe } from './server';
export type { FakeStripeServer } from './server';
