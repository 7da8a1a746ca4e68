// A local stand-in for Clerk's Frontend API, for the real clerk-js in tests:
// startFakeClerkFrontend (a TLS server on 127.0.0.1, named by its publishableKey)
// and fakeClerkFrontendHandler(...).handle (the same answers as a fetch).
export { fakeClerkFrontendHandler } from './handler';
export type { FakeClerkFrontend, FakeClerkFrontendOptions, FrontendRequest, SentCode } from './handler';
export type { FakeClerkUser, SessionState } from './resources';
export { publishableKeyFor, startFakeClerkFrontend } from './server';
export type { FakeClerkFrontendServer, StartOptions } from './server';
