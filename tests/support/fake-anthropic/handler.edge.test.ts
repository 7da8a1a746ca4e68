// @vitest-environment edge-runtime
// Convex functions run on an edge runtime (convex-test uses edge-runtime):
// the handler must work there with nothing but web APIs, as the SDK's fetch.
import Anthropic, { RateLimitError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { fakeAnthropicHandler } from './handler';
import type { FakeScript } from './script';

function clientWith(script: FakeScript) {
  const fake = fakeAnthropicHandler(script);
  const client = new Anthropic({
    apiKey: 'sk-ant-test',
    baseURL: 'http://fake-anthropic.invalid',
    maxRetries: 0,
    fetch: (url, init) => fake.handle(new Request(url, init)),
  });
  return { fake, client };
}

describe('fake Anthropic handler in the edge runtime', () => {
  it('streams a tool call and then text to the SDK', async () => {
    const { fake, client } = clientWith([
      { toolUse: { name: 'get_plan', input: { from: '2024-06-03', to: '2024-06-09' } } },
      { text: 'Four of five planned sessions done.' },
    ]);
    const first = await client.messages
      .stream({ model: 'claude-sonnet-5-5', max_tokens: 50, messages: [{ role: 'user', content: 'Plan?' }] })
      .finalMessage();
    expect(first.content).toEqual([
      { type: 'tool_use', id: 'toolu_fake_1', name: 'get_plan', input: { from: '2024-06-03', to: '2024-06-09' } },
    ]);
    const deltas: string[] = [];
    const stream = client.messages.stream({
      model: 'claude-sonnet-5-5',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'Plan?' }],
    });
    stream.on('text', (d) => deltas.push(d));
    await stream.finalMessage();
    expect(deltas.join('')).toBe('Four of five planned sessions done.');
    expect(fake.requests).toHaveLength(2);
  });

  it('raises a 429 as RateLimitError with its retry-after', async () => {
    const { client } = clientWith([{ error: 429, retryAfterS: 12 }]);
    const error = await client.messages
      .create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get('retry-after')).toBe('12');
  });
});
