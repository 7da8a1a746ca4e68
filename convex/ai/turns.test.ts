import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { api, internal } from '../_generated/api';
import schema from '../schema';
import { modules } from '../test.setup';
import { STREAM_KEEP_MS } from './limits';
import type { TurnRequest } from './turnFields';
import { asAdult } from '../../tests/support/adult-athlete';

// Starting a hosted turn: who may, and what happens to its stream document
// (budgets and size limits: convex/billing/quota.test.ts). No Anthropic key is
// set here, so every turn that starts ends at
// once with the "not set up" failure and nothing leaves the test.

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
const request: TurnRequest = {
  tone: 'plain',
  model: 'claude-haiku-5-5',
  messages: [{ role: 'user', content: 'How was my week?' }],
  maxTokens: 800,
};

beforeEach(() => {
  vi.stubEnv('ANTHROPIC_API_KEY', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

test('a signed-out caller can neither start, watch nor stop a turn', async () => {
  const t = convexTest(schema, modules);
  const started = await (await asAdult(t, ada)).mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');

  await expect(t.mutation(api.ai.turns.start, request)).rejects.toThrow('Not signed in');
  await expect(t.query(api.ai.streams.watch, { streamId: started.streamId })).rejects.toThrow('Not signed in');
  await expect(t.mutation(api.ai.streams.cancel, { streamId: started.streamId })).rejects.toThrow('Not signed in');
  await t.finishAllScheduledFunctions(() => {});
});

test('a model the hosted assistant does not run is refused in words, without using up a turn', async () => {
  vi.stubEnv('AI_FREE_REQUESTS_PER_DAY', '1');
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);

  expect(await asAda.mutation(api.ai.turns.start, { ...request, model: 'claude-opus-5-5' })).toEqual({
    ok: false,
    failure: {
      kind: 'other',
      message:
        'The hosted assistant runs claude-sonnet-5-5 or claude-haiku-5-5, not claude-opus-5-5: choose one of them in the AI settings.',
    },
  });
  expect((await asAda.mutation(api.ai.turns.start, request)).ok).toBe(true);
  await t.finishAllScheduledFunctions(() => {});
});

test('a server without an Anthropic key ends the turn with a failure the athlete can act on', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const started = await asAda.mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');
  await t.finishAllScheduledFunctions(() => {});

  expect(await asAda.query(api.ai.streams.watch, { streamId: started.streamId })).toEqual({
    text: '',
    outcome: {
      ok: false,
      failure: {
        kind: 'other',
        message:
          'The hosted assistant is not set up on this server yet. Use your own Anthropic key in the AI settings meanwhile.',
      },
    },
  });
});

test("another athlete reads someone else's stream as missing and cannot stop it", async () => {
  const t = convexTest(schema, modules);
  const started = await (await asAdult(t, ada)).mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');

  expect(await t.withIdentity(ben).query(api.ai.streams.watch, { streamId: started.streamId })).toBeNull();
  await t.withIdentity(ben).mutation(api.ai.streams.cancel, { streamId: started.streamId });
  const stream = await t.run((ctx) => ctx.db.get(started.streamId));
  expect(stream?.cancelled).toBe(false);
  await t.finishAllScheduledFunctions(() => {});
});

test('a stream document is deleted STREAM_KEEP_MS after its turn started', async () => {
  vi.useFakeTimers();
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const started = await asAda.mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');

  // The turn itself, due at once.
  await t.finishAllScheduledFunctions(() => vi.advanceTimersByTime(0));
  vi.advanceTimersByTime(STREAM_KEEP_MS - 1);
  await t.finishInProgressScheduledFunctions();
  expect(await asAda.query(api.ai.streams.watch, { streamId: started.streamId })).not.toBeNull();

  vi.advanceTimersByTime(1);
  await t.finishInProgressScheduledFunctions();
  expect(await asAda.query(api.ai.streams.watch, { streamId: started.streamId })).toBeNull();
});

test("the scheduled turn holds only its request row's id, and the row is gone once the turn has read it", async () => {
  const t = convexTest(schema, modules);
  const started = await (await asAdult(t, ada)).mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');

  const scheduled = await t.run((ctx) => ctx.db.system.query('_scheduled_functions').collect());
  const turn = scheduled.find((job) => job.name === 'ai/callModel:run');
  const waiting = await t.run((ctx) => ctx.db.query('insightRequests').collect());
  expect(waiting.map((row) => row.request)).toEqual([request]);
  expect(turn?.args).toEqual([{ requestId: waiting[0]!._id }]);

  await t.finishAllScheduledFunctions(() => {});
  expect(await t.run((ctx) => ctx.db.query('insightRequests').collect())).toEqual([]);
});

test('a stream deleted before its turn ran takes its request with it, and the turn then sends nothing', async () => {
  const t = convexTest(schema, modules);
  const started = await (await asAdult(t, ada)).mutation(api.ai.turns.start, request);
  if (!started.ok) throw new Error('Ada could not start a turn');

  await t.mutation(internal.ai.streams.remove, { streamId: started.streamId });
  expect(await t.run((ctx) => ctx.db.query('insightRequests').collect())).toEqual([]);
  await t.finishAllScheduledFunctions(() => {});
  expect(await t.run((ctx) => ctx.db.get(started.streamId))).toBeNull();
});
