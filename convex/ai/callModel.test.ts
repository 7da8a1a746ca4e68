import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeAnthropicHandler, type FakeScript } from '../../tests/support/fake-anthropic';
import { api } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import schema from '../schema';
import { modules } from '../test.setup';
import type { TurnOutcomeWire, TurnRequest } from './turnFields';
import { asAdult } from '../../tests/support/adult-athlete';

// The hosted turn against the fake Messages API. The fake's handler stands in
// for the global fetch that @anthropic-ai/sdk calls: convex-test runs actions
// in this process and hands them the globals a test stubs
// (https://docs.convex.dev/testing/convex-test), so no socket is needed.

const SERVER_KEY = 'sk-ant-server-only';
const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const request: TurnRequest = {
  tone: 'coach',
  model: 'claude-sonnet-5-5',
  messages: [{ role: 'user', content: 'Summarise my week.' }],
  maxTokens: 1000,
};

beforeEach(() => {
  vi.stubEnv('ANTHROPIC_API_KEY', SERVER_KEY);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** A backend whose fetch is the fake API playing `script`. */
async function backendWithApi(script: FakeScript) {
  const fake = fakeAnthropicHandler(script);
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => fake.handle(new Request(url, init)));
  const t = convexTest(schema, modules);
  return { t, asAda: await asAdult(t, ada), requests: fake.requests };
}

async function startTurn(asAda: Awaited<ReturnType<typeof backendWithApi>>['asAda'], turn: TurnRequest = request) {
  const started = await asAda.mutation(api.ai.turns.start, turn);
  if (!started.ok) throw new Error(`The turn did not start: ${JSON.stringify(started.failure)}`);
  return started.streamId;
}

/** Every distinct text the panel would have seen while the turn ran, then how it ended. */
async function watchUntilDone(
  asAda: Awaited<ReturnType<typeof backendWithApi>>['asAda'],
  streamId: Id<'insightStreams'>,
) {
  const seen: string[] = [];
  for (;;) {
    const stream = await asAda.query(api.ai.streams.watch, { streamId });
    if (stream === null) throw new Error('The stream vanished');
    if (stream.text !== '' && stream.text !== seen.at(-1)) seen.push(stream.text);
    if (stream.outcome !== null) return { seen, outcome: stream.outcome };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const answer =
  'This week you rode 212 km over 4 sessions. Your fitness rose from 48 to 52 while fatigue stayed below 70. ' +
  'Tuesday intervals were your hardest day. Keep Saturday easy before the race.';

test('the answer streams into the document in several growing updates and ends with the final blocks', async () => {
  const { t, asAda } = await backendWithApi([
    {
      text: answer,
      chunkDelayMs: 250,
      usage: { input_tokens: 1200, output_tokens: 64, cache_read_input_tokens: 900, cache_creation_input_tokens: 0 },
    },
  ]);
  const streamId = await startTurn(asAda);

  const { seen, outcome } = await watchUntilDone(asAda, streamId);
  await t.finishAllScheduledFunctions(() => {});

  // The fake sends the answer in 4 deltas 250 ms apart, each past the 100 ms
  // write interval: the panel sees it grow in (at least) 3 steps.
  expect(seen.length).toBeGreaterThanOrEqual(3);
  for (const text of seen) expect(answer.startsWith(text)).toBe(true);
  expect(seen.at(-1)).toBe(answer);
  expect(outcome).toEqual<TurnOutcomeWire>({
    ok: true,
    result: {
      content: [{ type: 'text', text: answer }],
      stopReason: 'end_turn',
      usage: { inputTokens: 1200, outputTokens: 64, cacheReadTokens: 900, cacheWriteTokens: 0 },
      model: 'claude-sonnet-5-5',
    },
  });
});

test('a tool call comes back as a tool_use block with its input as JSON', async () => {
  const { t, asAda } = await backendWithApi([
    { toolUse: { id: 'toolu_week', name: 'get_fitness', input: { from: '2026-11-16', to: '2026-11-22' } } },
  ]);
  const streamId = await startTurn(asAda);
  await t.finishAllScheduledFunctions(() => {});

  const stream = await asAda.query(api.ai.streams.watch, { streamId });
  expect(stream?.outcome).toMatchObject({
    ok: true,
    result: {
      content: [
        {
          type: 'tool_use',
          id: 'toolu_week',
          name: 'get_fitness',
          inputJson: '{"from":"2026-11-16","to":"2026-11-22"}',
        },
      ],
      stopReason: 'tool_use',
    },
  });
});

test('a 429 from the API ends the turn as rate-limited with its retry-after', async () => {
  const { t, asAda } = await backendWithApi([{ error: 429, retryAfterS: 30 }]);
  const streamId = await startTurn(asAda);
  await t.finishAllScheduledFunctions(() => {});

  expect(await asAda.query(api.ai.streams.watch, { streamId })).toEqual({
    text: '',
    outcome: { ok: false, failure: { kind: 'rate-limited', retryAfterS: 30 } },
  });
});

test("a refused server key is not the athlete's to fix, so it is not reported as a bad key", async () => {
  const { t, asAda } = await backendWithApi([{ error: 401 }]);
  const streamId = await startTurn(asAda);
  await t.finishAllScheduledFunctions(() => {});

  expect((await asAda.query(api.ai.streams.watch, { streamId }))?.outcome).toEqual({
    ok: false,
    failure: {
      kind: 'other',
      message: "Anthropic refused the hosted assistant's key. Try again later, or use your own key in the AI settings.",
    },
  });
});

test("what reaches the API carries the server's key, cached system prompt and tools, and the capped length", async () => {
  const { t, asAda, requests } = await backendWithApi([{ text: 'Fine.' }]);
  await startTurn(asAda, {
    ...request,
    maxTokens: 100_000,
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
  });
  await t.finishAllScheduledFunctions(() => {});

  expect(requests).toHaveLength(1);
  const sent = requests[0]!;
  expect(sent.path).toBe('/v1/messages');
  // This SDK version sends the key as a bearer token.
  expect(sent.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
  const body = sent.body as {
    model: string;
    max_tokens: number;
    stream: boolean;
    system: { cache_control?: unknown }[];
    tools: { cache_control?: unknown }[];
    messages: unknown[];
  };
  expect(body.model).toBe('claude-sonnet-5-5');
  expect(body.max_tokens).toBe(4096);
  expect(body.stream).toBe(true);
  expect(body.system.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
  expect(body.tools.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
  expect(body.messages).toEqual([
    { role: 'user', content: 'How fit am I?' },
    {
      role: 'assistant',
      content: [
        { type: 'tool_use', id: 'toolu_1', name: 'get_fitness', input: { from: '2026-11-01', to: '2026-11-26' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"ctl":52}' }] },
  ]);
});

test('the client has no way to send a key of its own', async () => {
  const { asAda, requests } = await backendWithApi([{ text: 'Fine.' }]);

  await expect(
    asAda.mutation(api.ai.turns.start, { ...request, apiKey: 'sk-ant-from-the-client' } as TurnRequest),
  ).rejects.toThrow(/apiKey/);
  expect(requests).toEqual([]);
});

test('stopping a turn aborts the API call and keeps the text that had arrived', async () => {
  const { t, asAda } = await backendWithApi([{ text: answer, chunkDelayMs: 250 }]);
  const streamId = await startTurn(asAda);

  for (;;) {
    const stream = await asAda.query(api.ai.streams.watch, { streamId });
    if (stream !== null && stream.text !== '') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await asAda.mutation(api.ai.streams.cancel, { streamId });
  const { seen, outcome } = await watchUntilDone(asAda, streamId);
  await t.finishAllScheduledFunctions(() => {});

  expect(outcome).toEqual({ ok: false, failure: { kind: 'stopped' } });
  const kept = seen.at(-1) ?? '';
  expect(answer.startsWith(kept)).toBe(true);
  expect(kept.length).toBeLessThan(answer.length);
});
