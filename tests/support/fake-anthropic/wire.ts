// The Messages API's JSON, as documented:
// - response object: https://docs.anthropic.com/en/api/messages
// - SSE events (message_start, content_block_start/delta/stop, message_delta,
//   message_stop, ping, error): https://docs.anthropic.com/en/api/messages-streaming
// - error bodies {type: 'error', error: {type, message}, request_id}:
//   https://docs.anthropic.com/en/api/errors
import type { FakeUsage } from './script';

export type WireBlock =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: unknown };

export interface WireMessage {
  readonly id: string;
  readonly model: string;
  readonly content: readonly WireBlock[];
  readonly stopReason: string;
  readonly usage: FakeUsage;
}

export function messageJson(m: WireMessage): object {
  return {
    id: m.id,
    type: 'message',
    role: 'assistant',
    model: m.model,
    content: m.content,
    stop_reason: m.stopReason,
    stop_sequence: null,
    usage: m.usage,
  };
}

export interface SseEvent {
  readonly event: string;
  readonly data: object;
}

/** The events of one streamed message, text and tool input split into several deltas. */
export function messageEvents(m: WireMessage): SseEvent[] {
  const events: SseEvent[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: { ...messageJson(m), content: [], stop_reason: null, usage: { ...m.usage, output_tokens: 1 } },
      },
    },
    { event: 'ping', data: { type: 'ping' } },
  ];
  for (const [index, block] of m.content.entries()) events.push(...blockEvents(block, index));
  events.push(
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: m.stopReason, stop_sequence: null },
        usage: { output_tokens: m.usage.output_tokens },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  );
  return events;
}

function blockEvents(block: WireBlock, index: number): SseEvent[] {
  const start =
    block.type === 'text'
      ? { type: 'text', text: '' }
      : { type: 'tool_use', id: block.id, name: block.name, input: {} };
  const deltas =
    block.type === 'text'
      ? pieces(block.text).map((text) => ({ type: 'text_delta', text }))
      : pieces(JSON.stringify(block.input)).map((partial_json) => ({ type: 'input_json_delta', partial_json }));
  return [
    { event: 'content_block_start', data: { type: 'content_block_start', index, content_block: start } },
    ...deltas.map((delta) => ({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta } })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index } },
  ];
}

/** Up to 4 pieces of whole code points, so a client must join several deltas. */
export function pieces(text: string): string[] {
  const chars = Array.from(text);
  const size = Math.max(1, Math.ceil(chars.length / 4));
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out.length > 0 ? out : [''];
}

export function sseText({ event, data }: SseEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

export function errorJson(type: ErrorType, message: string, requestId: string): object {
  return { type: 'error', error: { type, message }, request_id: requestId };
}
