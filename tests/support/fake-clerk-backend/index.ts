// A local stand-in for Clerk's Backend API, for tests, in the two ways
// fake-stripe offers: startFakeClerkBackend (a server on 127.0.0.1) and
// fakeClerkBackendHandler(...).handle (the same answers as a fetch, for
// convex-test in edge-runtime; import './handler' there).
export { fakeClerkBackendHandler } from './handler';
export type { ClerkRequest, FakeClerkBackend, FakeClerkBackendOptions } from './handler';
export { startFakeClerkBackend } from './server';
export type { FakeClerkBackendServer } from './server';
