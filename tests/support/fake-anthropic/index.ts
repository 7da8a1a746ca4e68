// A local stand-in for Anthropic's Messages API, for tests. Two ways in:
// - startFakeAnthropic(script): a server on 127.0.0.1 (node:http); point the
//   SDK's baseURL (or the built extension) at its url.
// - fakeAnthropicHandler(script).handle: the same answers as a Fetch-API
//   handler, for the SDK's `fetch` option where there are no sockets
//   (convex-test in edge-runtime; import './handler' there to skip node:http).
// Both record every request (headers and JSON body) for assertions.
export type { FakeScript, FakeTurn, FakeUsage, RecordedRequest } from './script';
export { fakeAnthropicHandler } from './handler';
export type { FakeAnthropicHandler } from './handler';
export { startFakeAnthropic } from './server';
export type { FakeAnthropicServer } from './server';
