// The fake Messages API driven by the real @anthropic-ai/sdk: if the SDK can
// stream, call tools and raise its own error classes against it, code tested
// against the fake talks to Anthropic the same way.
import Anthropic, { APIError, AuthenticationError, RateLimitError } from '@anthropic-ai/sdk';
import type { MessageParam, Tool } from '@anthropic-ai/sdk/resources/messages/messages';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAnthropicHandler, startFakeAnthropic } from '.';
import type { FakeAnthropicServer, FakeScript } from '.';

const MODEL = 'claude-sonnet-5-5';
const tools: Tool[] = [
  {
    name: 'get_fitness',
    description: 'Daily fitness.',
    input_schema: {
      type: 'object',
      properties: { from: { type: 'string' }, to: { type: 'string' } },
      required: ['from', 'to'],
    },
    cache_control: { type: 'ephemeral' },
  },
];

let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function clientFor(script: FakeScript): Promise<Anthropic> {
  server = await startFakeAnthropic(script);
  return new Anthropic({ apiKey: 'sk-ant-test', baseURL: server.url, maxRetries: 0 });
}

const ask = (text: string): MessageParam[] => [{ role: 'user', content: text }];

describe('fake Anthropic Messages API, driven by the official SDK', () => {
  it('streams text in several deltas and reports the final message', async () => {
    const client = await clientFor([{ text: 'Your load rose 12% this week.' }]);
    const deltas: string[] = [];
    const stream = client.messages.stream({ model: MODEL, max_tokens: 300, messages: ask('How was my week?') });
    stream.on('text', (d) => deltas.push(d));
    const message = await stream.finalMessage();

    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Your load rose 12% this week.');
    expect(message).toMatchObject({
      model: MODEL,
      role: 'assistant',
      stop_reason: 'end_turn',
      content: [{ type: 'text', text: 'Your load rose 12% this week.' }],
    });
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/messages',
      body: { model: MODEL, stream: true, max_tokens: 300 },
    });
    // SDK 1.x sends the key as a bearer token (node_modules/@anthropic-ai/sdk/src/client.ts, apiKeyAuth).
    expect(server!.requests[0]!.headers.authorization).toBe('Bearer sk-ant-test');
    expect(server!.requests[0]!.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers a request without stream with one JSON message', async () => {
    const client = await clientFor([{ text: 'Rest today.' }]);
    const message = await client.messages.create({ model: MODEL, max_tokens: 100, messages: ask('Should I rest?') });
    expect(message.content).toEqual([{ type: 'text', text: 'Rest today.' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.id).toBe('msg_fake_1');
  });

  it('carries a tool call and its result through a round trip', async () => {
    const client = await clientFor([
      {
        text: 'Let me look.',
        toolUse: { name: 'get_fitness', input: { from: '2024-06-01', to: '2024-06-30' }, id: 'toolu_1' },
      },
      { text: 'Your fitness (CTL) ended June at 54.' },
    ]);
    const first = await client.messages
      .stream({ model: MODEL, max_tokens: 300, tools, messages: ask('How did June go?') })
      .finalMessage();
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toEqual([
      { type: 'text', text: 'Let me look.' },
      { type: 'tool_use', id: 'toolu_1', name: 'get_fitness', input: { from: '2024-06-01', to: '2024-06-30' } },
    ]);

    const second = await client.messages
      .stream({
        model: MODEL,
        max_tokens: 300,
        tools,
        messages: [
          ...ask('How did June go?'),
          { role: 'assistant', content: first.content },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'toolu_1', content: '{"days":[{"date":"2024-06-30","ctl":54}]}' },
            ],
          },
        ],
      })
      .finalMessage();
    expect(second.content).toEqual([{ type: 'text', text: 'Your fitness (CTL) ended June at 54.' }]);
    expect(server!.requests[1]!.body).toMatchObject({
      messages: [
        { role: 'user' },
        { role: 'assistant' },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1' }] },
      ],
    });
  });

  it('reports a cache write on the first request with cache_control and a cache read on the next', async () => {
    const client = await clientFor([{ text: 'One.' }, { text: 'Two.' }]);
    const first = await client.messages
      .stream({ model: MODEL, max_tokens: 10, tools, messages: ask('a') })
      .finalMessage();
    const second = await client.messages
      .stream({ model: MODEL, max_tokens: 10, tools, messages: ask('b') })
      .finalMessage();
    const prefixTokens = Math.ceil(JSON.stringify([tools, null]).length / 4);
    expect(first.usage).toMatchObject({
      cache_creation_input_tokens: prefixTokens,
      cache_read_input_tokens: 0,
      output_tokens: 50,
    });
    expect(second.usage).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: prefixTokens });
  });

  it('refuses a bad key with 401 authentication_error, raised by the SDK as AuthenticationError', async () => {
    const client = await clientFor([{ error: 401 }]);
    const error = await client.messages
      .create({ model: MODEL, max_tokens: 10, messages: ask('hi') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      type: 'authentication_error',
      apiMessage: 'invalid x-api-key',
      requestID: 'req_fake_1',
    });
  });

  it('rate-limits with 429 and retry-after, which the SDK does not retry when maxRetries is 0', async () => {
    const client = await clientFor([{ error: 429, retryAfterS: 30 }, { text: 'too late' }]);
    const error = await client.messages
      .stream({ model: MODEL, max_tokens: 10, messages: ask('hi') })
      .finalMessage()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).type).toBe('rate_limit_error');
    expect((error as RateLimitError).headers.get('retry-after')).toBe('30');
    expect(server!.requests).toHaveLength(1);
  });

  it('reports overload as 529 overloaded_error', async () => {
    const client = await clientFor([{ error: 529 }]);
    const error = await client.messages
      .create({ model: MODEL, max_tokens: 10, messages: ask('hi') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 529, type: 'overloaded_error' });
  });

  it('ends a stream that began with an SSE error event, which the SDK raises without a status', async () => {
    const client = await clientFor([{ streamError: 'overloaded_error', text: 'Your week' }]);
    const deltas: string[] = [];
    const stream = client.messages.stream({ model: MODEL, max_tokens: 10, messages: ask('hi') });
    stream.on('text', (d) => deltas.push(d));
    const error = await stream.finalMessage().catch((e: unknown) => e);
    expect(deltas.join('')).toBe('Your week');
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: undefined, type: 'overloaded_error' });
  });

  it('stops sending when the client aborts a slow stream', async () => {
    const client = await clientFor([{ text: 'one two three four five six seven eight', chunkDelayMs: 50 }]);
    const stream = client.messages.stream({ model: MODEL, max_tokens: 10, messages: ask('hi') });
    const deltas: string[] = [];
    stream.on('text', (d) => {
      deltas.push(d);
      stream.abort();
    });
    await stream.done().catch(() => undefined);
    expect(stream.aborted).toBe(true);
    expect(deltas).toHaveLength(1);
  });

  it('answers with 500 api_error when the script has no turn left', async () => {
    const client = await clientFor([]);
    const error = await client.messages
      .create({ model: MODEL, max_tokens: 10, messages: ask('hi') })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 500,
      type: 'api_error',
      apiMessage: 'The fake Anthropic API has no scripted turn left for request 1.',
    });
  });

  it('computes each turn from the request when the script is a function', async () => {
    const client = await clientFor((body) => ({
      text: `You asked with ${(body as { max_tokens: number }).max_tokens} tokens.`,
    }));
    const message = await client.messages.create({ model: MODEL, max_tokens: 77, messages: ask('hi') });
    expect(message.content).toEqual([{ type: 'text', text: 'You asked with 77 tokens.' }]);
  });

  it('answers a CORS preflight and marks responses readable from any origin', async () => {
    server = await startFakeAnthropic([{ text: 'ok' }]);
    const preflight = await fetch(`${server.url}/v1/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abc',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-api-key,content-type');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(server.requests).toHaveLength(0);

    const post = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, max_tokens: 5, messages: ask('hi') }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    expect(post.headers.get('access-control-expose-headers')).toBe('request-id, retry-after');
    expect(((await post.json()) as { content: unknown }).content).toEqual([{ type: 'text', text: 'ok' }]);
  });

  it('refuses a request without an API key, as the real API does', async () => {
    server = await startFakeAnthropic([{ text: 'ok' }]);
    const response = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      body: JSON.stringify({ model: MODEL, messages: [] }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: 'x-api-key header is required' },
      request_id: 'req_fake_1',
    });
  });

  it('refuses, as the API does, a tool_result that answers no tool_use and a tool_use left unanswered', async () => {
    const client = await clientFor([{ text: 'The first turn.' }]);
    const orphan = await client.messages
      .create({
        model: MODEL,
        max_tokens: 10,
        messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: '{}' }] }],
      })
      .catch((e: unknown) => e);
    expect(orphan).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      apiMessage:
        'messages.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_9. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
    });
    const unanswered = await client.messages
      .create({
        model: MODEL,
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'June?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_fitness', input: {} }] },
          { role: 'user', content: 'Well?' },
        ],
      })
      .catch((e: unknown) => e);
    expect(unanswered).toMatchObject({
      status: 400,
      apiMessage:
        'messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each `tool_use` block must have a corresponding `tool_result` block in the next message.',
    });
    // Refused requests take no turn from the script.
    const ok = await client.messages.create({ model: MODEL, max_tokens: 10, messages: ask('hi') });
    expect(ok.content).toEqual([{ type: 'text', text: 'The first turn.' }]);
  });

  it('serves the SDK without a socket when passed as its fetch', async () => {
    const fake = fakeAnthropicHandler([{ text: 'No socket needed.' }]);
    const client = new Anthropic({
      apiKey: 'sk-ant-test',
      baseURL: 'http://fake-anthropic.invalid',
      maxRetries: 0,
      fetch: (url, init) => fake.handle(new Request(url, init)),
    });
    const deltas: string[] = [];
    const stream = client.messages.stream({ model: MODEL, max_tokens: 10, messages: ask('hi') });
    stream.on('text', (d) => deltas.push(d));
    await stream.finalMessage();
    expect(deltas.join('')).toBe('No socket needed.');
    expect(fake.requests[0]!.body).toMatchObject({ model: MODEL, stream: true });
  });
});
