import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeAnthropicHandler } from '../../tests/support/fake-anthropic/handler';
import type { FakeScript } from '../../tests/support/fake-anthropic/script';
import { api } from '../_generated/api';
import type { TurnRequest } from '../ai/turnFields';
import schema from '../schema';
import { modules } from '../test.setup';
import { asAdult } from '../../tests/support/adult-athlete';

// Hosted-AI budgets and request limits, end to end through ai/turns:start and
// the model call against the fake Messages API, which counts every call.

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const request: TurnRequest = {
  tone: 'plain',
  model: 'claude-haiku-5-5',
  messages: [{ role: 'user', content: 'How was my week?' }],
  maxTokens: 800,
};

beforeEach(() => {
  vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-server-only');
  vi.stubEnv('AI_FREE_REQUESTS_PER_DAY', '2');
  vi.stubEnv('AI_FREE_REQUESTS_PER_MONTH', '3');
  vi.stubEnv('AI_FREE_TOKENS_PER_DAY', '1000');
  vi.stubEnv('AI_FREE_TOKENS_PER_MONTH', '100000');
  vi.stubEnv('AI_MAX_MESSAGES', '4');
  vi.stubEnv('AI_MAX_CHARACTERS', '50');
  vi.stubEnv('AI_MAX_TOOL_ROUNDS', '1');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 11, 30, 23, 0));
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function backendWithApi(script: FakeScript) {
  const fake = fakeAnthropicHandler(script);
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => fake.handle(new Request(url, init)));
  const t = convexTest(schema, modules);
  return { t, asAda: await asAdult(t, ada), calls: fake.requests };
}

const usage = (input: number, output: number) => ({
  input_tokens: input,
  output_tokens: output,
  cache_read_input_tokens: 0,
  cache_creation_input_tokens: 0,
});

test("the day's last request is allowed, the next refused in words, and the next UTC day allows again", async () => {
  const { t, asAda, calls } = await backendWithApi(() => ({ text: 'Fine.', usage: usage(10, 5) }));
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  expect(await asAda.mutation(api.ai.turns.start, request)).toEqual({
    ok: false,
    failure: {
      kind: 'other',
      message:
        "You have used today's hosted-AI budget on the Free plan (2 requests). It resets at 2026-12-31 00:00 UTC. " +
        'Your own Anthropic key still works meanwhile: choose it in Settings → AI.',
    },
  });
  await t.finishAllScheduledFunctions(() => {});
  expect(calls).toHaveLength(2);

  vi.setSystemTime(Date.UTC(2026, 11, 31, 0, 0));
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  // The month's 3 requests are now spent; January starts afresh.
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(false);
  vi.setSystemTime(Date.UTC(2027, 0, 1, 0, 0));
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
  expect(calls).toHaveLength(4);
});

test('tokens count input + output from the API usage, and a spent token budget refuses the next request', async () => {
  const { t, asAda, calls } = await backendWithApi([{ text: 'Long.', usage: usage(900, 100) }]);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
  const mine = await asAda.query(api.billing.plan.mine, {});
  expect(mine.day).toEqual({
    requests: 1,
    requestLimit: 2,
    tokens: 1000,
    tokenLimit: 1000,
    resetsAt: Date.UTC(2026, 11, 31),
  });
  expect(mine.month.tokens).toBe(1000);
  expect(mine.hosted.ok).toBe(false);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(false);
  expect(calls).toHaveLength(1);
});

test('a failed API call gives its request back; a stopped one keeps it', async () => {
  const { t, asAda } = await backendWithApi([{ error: 529 }, { error: 429 }]);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
  const mine = await asAda.query(api.billing.plan.mine, {});
  expect([mine.day.requests, mine.day.tokens, mine.month.requests]).toEqual([0, 0, 0]);
  expect(mine.hosted).toEqual({ ok: true });
});

test('a server without a key gives the request back too', async () => {
  vi.stubEnv('ANTHROPIC_API_KEY', '');
  const { t, asAda, calls } = await backendWithApi([]);
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
  expect((await asAda.query(api.billing.plan.mine, {})).day.requests).toBe(0);
  expect(calls).toEqual([]);
});

const toolRound = (id: string): TurnRequest['messages'] => [
  { role: 'assistant', content: [{ type: 'tool_use', id, name: 'get_fitness', inputJson: '{}' }] },
  { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: '{}' }] },
];

const tooLarge: [string, TurnRequest['messages'], string][] = [
  [
    'too many messages',
    [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b' },
      { role: 'user', content: 'c' },
      { role: 'assistant', content: 'd' },
      { role: 'user', content: 'e' },
    ],
    'This chat has 5 messages; the hosted assistant takes at most 4. ' +
      'Start a new chat, or use your own key in Settings → AI.',
  ],
  [
    'too many characters',
    [{ role: 'user', content: 'x'.repeat(51) }],
    'This chat is 51 characters long; the hosted assistant takes at most 50. ' +
      'Start a new chat, or use your own key in Settings → AI.',
  ],
  [
    'too many tool rounds',
    [{ role: 'user' as const, content: 'Fit?' }, ...toolRound('t1'), ...toolRound('t2')].slice(0, 4),
    'This question needed 2 rounds of looking up your data; the hosted assistant allows 1. ' +
      'Ask something narrower, or use your own key in Settings → AI.',
  ],
];

test.each(tooLarge)('%s is refused before any API call and charges nothing', async (_, messages, message) => {
  const { t, asAda, calls } = await backendWithApi(() => ({ text: 'Fine.' }));
  expect(await asAda.mutation(api.ai.turns.start, { ...request, messages })).toEqual({
    ok: false,
    failure: { kind: 'other', message },
  });
  await t.finishAllScheduledFunctions(() => {});
  expect(calls).toEqual([]);
  expect((await asAda.query(api.billing.plan.mine, {})).day.requests).toBe(0);
});

test('a request exactly at every limit is allowed', async () => {
  const { t, asAda, calls } = await backendWithApi(() => ({ text: 'Fine.' }));
  const messages: TurnRequest['messages'] = [
    { role: 'user', content: 'x'.repeat(20) },
    ...toolRound('t1'),
    { role: 'assistant', content: 'y'.repeat(30 - 'get_fitness{}{}'.length) },
  ];
  expect((await asAda.mutation(api.ai.turns.start, { ...request, messages })).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
  expect(calls).toHaveLength(1);
});
