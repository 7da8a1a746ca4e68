import { describe, expect, it } from 'vitest';
import type { TurnInput } from './conversation';
import { messagesRequestBody } from './request-body';
import { systemPrompt } from './system-prompt';
import { AI_TOOLS } from './tools';

const input: TurnInput = {
  tone: 'coach',
  model: 'claude-sonnet-5-5',
  maxTokens: 800,
  messages: [{ role: 'user', content: 'How was my week?' }],
};

describe('messagesRequestBody', () => {
  it('is the Messages API body for the turn, streamed', () => {
    const body = messagesRequestBody(input);
    expect(body.model).toBe('claude-sonnet-5-5');
    expect(body.max_tokens).toBe(800);
    expect(body.stream).toBe(true);
    expect(body.messages).toEqual([{ role: 'user', content: 'How was my week?' }]);
    expect(body.system).toEqual([{ type: 'text', text: systemPrompt('coach'), cache_control: { type: 'ephemeral' } }]);
  });

  it('marks the system prompt and the last tool for prompt caching, and nothing else', () => {
    const body = messagesRequestBody(input);
    expect(body.tools.map((t) => t.name)).toEqual(AI_TOOLS.map((t) => t.name));
    expect(body.tools.map((t) => t.cache_control ?? null)).toEqual([null, null, null, null, { type: 'ephemeral' }]);
    expect(JSON.stringify(body).match(/"cache_control"/g)).toHaveLength(2);
  });

  it('sends the same bytes for the same turn, and the same cached prefix whatever the conversation', () => {
    expect(JSON.stringify(messagesRequestBody(input))).toBe(JSON.stringify(messagesRequestBody({ ...input })));
    const later = messagesRequestBody({
      ...input,
      messages: [...input.messages, { role: 'assistant', content: 'Good.' }, { role: 'user', content: 'And today?' }],
    });
    const prefix = (b: ReturnType<typeof messagesRequestBody>) => JSON.stringify([b.tools, b.system]);
    expect(prefix(later)).toBe(prefix(messagesRequestBody(input)));
  });
});
