import { getFunctionName, type FunctionReturnType } from 'convex/server';
import { ConvexError } from 'convex/values';
import { afterEach, expect, test, vi } from 'vitest';
import type { api } from '../../convex/_generated/api';
import type { TurnInput } from '../../shared/ai/conversation';
import { NO_ACCOUNTS_IN_BUILD } from '../account/cloud-config';
import {
  connectHostedService,
  hostedInsightService,
  OFFLINE_AFTER_MS,
  type HostedConvexClient,
} from './hosted-insight-service';

// The hosted service against a small stand-in for ConvexClient: it records the
// mutations the service calls and lets each test push what the watch
// subscription would deliver. The server side of these calls is tested with
// convex-test in convex/ai/.

type StreamView = FunctionReturnType<typeof api.ai.streams.watch>;
type StartResult = FunctionReturnType<typeof api.ai.turns.start>;

const STREAM_ID = 'stream_1';

function fakeConvex(start: () => Promise<StartResult>) {
  const mutations: { name: string; args: unknown }[] = [];
  let push: ((view: StreamView) => void) | null = null;
  let fail: ((error: Error) => void) | null = null;
  let unsubscribed = false;
  let connected = true;
  const connectionListeners = new Set<(state: { isWebSocketConnected: boolean }) => void>();

  const client = {
    mutation(ref: never, args: unknown) {
      const name = getFunctionName(ref);
      mutations.push({ name, args });
      return name === 'ai/turns:start' ? start() : Promise.resolve(null);
    },
    onUpdate(_ref: never, _args: unknown, callback: (view: StreamView) => void, onError: (error: Error) => void) {
      push = callback;
      fail = onError;
      return Object.assign(() => undefined, {
        unsubscribe: () => (unsubscribed = true),
        getCurrentValue: () => undefined,
      });
    },
    connectionState: () => ({ isWebSocketConnected: connected }),
    subscribeToConnectionState(listener: (state: { isWebSocketConnected: boolean }) => void) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  } as unknown as HostedConvexClient;

  return {
    client,
    mutations,
    /** What the server's watch query would deliver next. */
    deliver: (view: StreamView) => push?.(view),
    subscriptionError: (error: Error) => fail?.(error),
    isSubscribed: () => push !== null && !unsubscribed,
    setConnected(value: boolean) {
      connected = value;
      for (const listener of connectionListeners) listener({ isWebSocketConnected: value });
    },
  };
}

const started = () => Promise.resolve({ ok: true, streamId: STREAM_ID } as unknown as StartResult);
const input: TurnInput = {
  tone: 'plain',
  model: 'claude-haiku-5-5',
  maxTokens: 800,
  messages: [
    { role: 'user', content: 'How fit am I?' },
    {
      role: 'assistant',
      content: [
        { type: 'tool_use', id: 'toolu_1', name: 'get_fitness', input: { from: '2026-11-01', to: '2026-11-26' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"ctl":52}' }] },
  ],
};
const usage = { inputTokens: 900, outputTokens: 40, cacheReadTokens: 700, cacheWriteTokens: 0 };

/** Lets the service's awaited start mutation settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

test('the request goes to the start mutation with tool inputs as JSON, and no key of any kind', async () => {
  const convex = fakeConvex(started);
  void hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });
  await settle();

  expect(convex.mutations).toEqual([
    {
      name: 'ai/turns:start',
      args: {
        tone: 'plain',
        model: 'claude-haiku-5-5',
        maxTokens: 800,
        messages: [
          { role: 'user', content: 'How fit am I?' },
          {
            role: 'assistant',
            content: [
              {
                type: 'tool_use',
                id: 'toolu_1',
                name: 'get_fitness',
                inputJson: '{"from":"2026-11-01","to":"2026-11-26"}',
              },
            ],
          },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"ctl":52}' }] },
        ],
      },
    },
  ]);
});

test('growing text reaches onText as the new part only, and the outcome ends the turn', async () => {
  const convex = fakeConvex(started);
  const pieces: string[] = [];
  const outcome = hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: (t) => pieces.push(t),
    signal: new AbortController().signal,
  });
  await settle();

  convex.deliver({ text: '', outcome: null });
  convex.deliver({ text: 'You rode ', outcome: null });
  convex.deliver({ text: 'You rode 212 km', outcome: null });
  convex.deliver({
    text: 'You rode 212 km.',
    outcome: {
      ok: true,
      result: {
        content: [
          { type: 'text', text: 'You rode 212 km.' },
          {
            type: 'tool_use',
            id: 'toolu_2',
            name: 'get_wellness',
            inputJson: '{"from":"2026-11-20","to":"2026-11-26"}',
          },
        ],
        stopReason: 'tool_use',
        usage,
        model: 'claude-haiku-5-5',
      },
    },
  });

  expect(await outcome).toEqual({
    ok: true,
    result: {
      content: [
        { type: 'text', text: 'You rode 212 km.' },
        { type: 'tool_use', id: 'toolu_2', name: 'get_wellness', input: { from: '2026-11-20', to: '2026-11-26' } },
      ],
      stopReason: 'tool_use',
      usage,
      model: 'claude-haiku-5-5',
    },
  });
  expect(pieces).toEqual(['You rode ', '212 km', '.']);
  expect(convex.isSubscribed()).toBe(false);
});

test("a failure the server records (a 429 upstream) comes back as the athlete's TurnFailure", async () => {
  const convex = fakeConvex(started);
  const outcome = hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });
  await settle();
  convex.deliver({ text: '', outcome: { ok: false, failure: { kind: 'rate-limited', retryAfterS: 30 } } });

  expect(await outcome).toEqual({ ok: false, failure: { kind: 'rate-limited', retryAfterS: 30 } });
});

test('a budget refused at the start is returned without subscribing', async () => {
  const convex = fakeConvex(() =>
    Promise.resolve({
      ok: false,
      failure: { kind: 'other', message: "You have used today's hosted-AI budget on the Free plan (20 requests)." },
    } as StartResult),
  );
  const outcome = await hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });

  expect(outcome).toEqual({
    ok: false,
    failure: { kind: 'other', message: "You have used today's hosted-AI budget on the Free plan (20 requests)." },
  });
  expect(convex.isSubscribed()).toBe(false);
});

test('a caller without a session is told to sign in', async () => {
  const convex = fakeConvex(() => Promise.reject(new ConvexError('Not signed in')));
  const outcome = await hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });

  expect(outcome).toEqual({ ok: false, failure: { kind: 'signed-out' } });
});

test("the server's refusal of the account (locked, or age not confirmed) is shown in its words", async () => {
  const refusal =
    'Confirm that you are 16 or older (Settings, SessionsAI account) before using sync or the hosted assistant.';
  const convex = fakeConvex(() => Promise.reject(new ConvexError(refusal)));
  const outcome = await hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });

  expect(outcome).toEqual({ ok: false, failure: { kind: 'other', message: refusal } });
});

test('stopping asks the server to cancel this stream and returns stopped at once', async () => {
  const convex = fakeConvex(started);
  const stop = new AbortController();
  const outcome = hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: stop.signal,
  });
  await settle();
  convex.deliver({ text: 'You rode', outcome: null });

  stop.abort();

  expect(await outcome).toEqual({ ok: false, failure: { kind: 'stopped' } });
  expect(convex.mutations.map((m) => m.name)).toEqual(['ai/turns:start', 'ai/streams:cancel']);
  expect(convex.mutations[1]?.args).toEqual({ streamId: STREAM_ID });
  expect(convex.isSubscribed()).toBe(false);
});

test('a stream that vanished from the server ends the turn with words, not a hang', async () => {
  const convex = fakeConvex(started);
  const outcome = hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });
  await settle();
  convex.deliver(null);

  expect(await outcome).toEqual({
    ok: false,
    failure: {
      kind: 'other',
      message: 'The answer is no longer on the server (it keeps answers for 15 minutes). Ask again.',
    },
  });
});

test('a connection down for OFFLINE_AFTER_MS ends the turn as offline; a shorter drop does not', async () => {
  vi.useFakeTimers();
  const convex = fakeConvex(started);
  const outcome = hostedInsightService(convex.client, 'happy-otter-123.convex.cloud').turn(input, {
    onText: () => undefined,
    signal: new AbortController().signal,
  });
  await vi.advanceTimersByTimeAsync(0);

  let ended = false;
  void outcome.then(() => (ended = true));

  convex.setConnected(false);
  await vi.advanceTimersByTimeAsync(OFFLINE_AFTER_MS - 1);
  convex.setConnected(true);
  await vi.advanceTimersByTimeAsync(OFFLINE_AFTER_MS);
  expect(ended).toBe(false);

  convex.setConnected(false);
  await vi.advanceTimersByTimeAsync(OFFLINE_AFTER_MS);
  expect(await outcome).toEqual({ ok: false, failure: { kind: 'offline' } });
});

test('a build without accounts has no hosted service, and says what to use instead', () => {
  expect(connectHostedService({ available: false, reason: NO_ACCOUNTS_IN_BUILD })).toEqual({
    failure: { kind: 'other', message: NO_ACCOUNTS_IN_BUILD },
  });
});
