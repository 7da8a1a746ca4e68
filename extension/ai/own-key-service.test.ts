// The own-key service through the real SDK against the fake Messages API on
// 127.0.0.1: what is sent, streamed text, token usage, and each failure worded.
import { afterEach, describe, expect, it } from 'vitest';
import { failureMessage, type TurnInput } from '../../shared/ai';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../tests/support/fake-anthropic';
import { ownKeyService } from './own-key-service';

const INPUT: TurnInput = {
  tone: 'plain',
  model: 'claude-haiku-5-5',
  messages: [{ role: 'user', content: 'Facts: load 85.' }],
  maxTokens: 512,
};

let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function turn(script: FakeScript, signal = new AbortController().signal) {
  server = await startFakeAnthropic(script);
  const deltas: string[] = [];
  const outcome = await ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url }).turn(INPUT, {
    onText: (d) => deltas.push(d),
    signal,
  });
  return { outcome, deltas, requests: server.requests };
}

describe('own key service', () => {
  it('streams the answer as it arrives and returns its content and token use', async () => {
    const { outcome, deltas, requests } = await turn([
      { text: 'Your load was 85, a steady day.', usage: { input_tokens: 1200, output_tokens: 9 } },
    ]);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Your load was 85, a steady day.');
    expect(outcome).toMatchObject({
      ok: true,
      result: {
        content: [{ type: 'text', text: 'Your load was 85, a steady day.' }],
        stopReason: 'end_turn',
        model: 'claude-haiku-5-5',
      },
    });
    expect(outcome.ok && outcome.result.usage.inputTokens).toBe(1200);
    expect(outcome.ok && outcome.result.usage.outputTokens).toBe(9);
    expect(requests).toHaveLength(1);
    // SDK 1.14 sends the key as a bearer token (client.js, apiKeyAuth); older ones as x-api-key.
    const { authorization, 'x-api-key': apiKey } = requests[0]!.headers;
    expect(authorization ?? apiKey).toMatch(/^(Bearer )?sk-ant-test$/);
    expect(requests[0]!.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
    expect(requests[0]!.body).toMatchObject({ model: 'claude-haiku-5-5', stream: true, max_tokens: 512 });
  });

  it('returns a tool call with its input', async () => {
    const { outcome } = await turn([
      { toolUse: { name: 'get_fitness', input: { from: '2024-06-01', to: '2024-06-07' }, id: 'toolu_1' } },
    ]);
    expect(outcome).toMatchObject({
      ok: true,
      result: {
        stopReason: 'tool_use',
        content: [
          { type: 'tool_use', id: 'toolu_1', name: 'get_fitness', input: { from: '2024-06-01', to: '2024-06-07' } },
        ],
      },
    });
  });

  it.each([
    [{ error: 401 } as const, 'Anthropic refused the API key. Check it in Settings → AI.'],
    [{ error: 429, retryAfterS: 30 } as const, 'Too many requests; try again in 30 s.'],
    [{ error: 529 } as const, "Anthropic's servers are overloaded right now; try again in a few minutes."],
    [
      { streamError: 'overloaded_error' } as const,
      "Anthropic's servers are overloaded right now; try again in a few minutes.",
    ],
  ])('words %j for the athlete, without retrying', async (failure, words) => {
    const { outcome, requests } = await turn([failure, { text: 'a retry would get this' }]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && failureMessage(outcome.failure)).toBe(words);
    expect(requests).toHaveLength(1);
  });

  it('says the network is unreachable when nothing listens', async () => {
    const closed = await startFakeAnthropic([]);
    await closed.close();
    const outcome = await ownKeyService({ apiKey: 'sk-ant-test', baseUrl: closed.url }).turn(INPUT, {
      onText: () => undefined,
      signal: new AbortController().signal,
    });
    expect(!outcome.ok && failureMessage(outcome.failure)).toBe(
      'Could not reach Anthropic. Check your internet connection and try again.',
    );
  });

  it('stops when aborted midway, keeping what arrived', async () => {
    server = await startFakeAnthropic([
      { text: 'One two three four five six seven eight nine ten.', chunkDelayMs: 40 },
    ]);
    const controller = new AbortController();
    const deltas: string[] = [];
    const outcome = await ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url }).turn(INPUT, {
      onText: (d) => {
        deltas.push(d);
        controller.abort();
      },
      signal: controller.signal,
    });
    expect(outcome).toEqual({ ok: false, failure: { kind: 'stopped' } });
    expect(deltas.join('').length).toBeGreaterThan(0);
    expect(deltas.join('')).not.toBe('One two three four five six seven eight nine ten.');
  });
});
