// The athlete's own Anthropic key: the official SDK called straight from the
// side panel. The SDK refuses to run in a browser unless told the key is the
// user's own (dangerouslyAllowBrowser), which it is here; it then sends
// `anthropic-dangerous-direct-browser-access`, the header the API's CORS
// support keys on (https://github.com/anthropics/anthropic-sdk-typescript#requirements).
import Anthropic, { APIError, APIUserAbortError, APIConnectionError } from '@anthropic-ai/sdk';
import type { MessageStreamParams } from '@anthropic-ai/sdk/resources';
import { failureFromApiError, messagesRequestBody } from '../../shared/ai';
import type { ContentBlock, TokenUsage, TurnFailure, TurnInput, TurnOutcome } from '../../shared/ai';
import { apiHost } from './api-address';
import type { InsightService, TurnStream } from './insight-service';

export interface OwnKeyOptions {
  readonly apiKey: string;
  /** Null for the SDK's default address (https://api.anthropic.com). */
  readonly baseUrl: string | null;
}

export function ownKeyService({ apiKey, baseUrl }: OwnKeyOptions): InsightService {
  const client = new Anthropic({
    apiKey,
    ...(baseUrl === null ? {} : { baseURL: baseUrl }),
    dangerouslyAllowBrowser: true,
    // The panel shows a failure at once and offers Retry; silent retries would look like a hang.
    maxRetries: 0,
  });
  return {
    kind: 'own-key',
    host: apiHost(baseUrl),
    async turn(input: TurnInput, { onText, signal }: TurnStream): Promise<TurnOutcome> {
      if (signal.aborted) return { ok: false, failure: { kind: 'stopped' } };
      try {
        // messages.stream sets `stream: true` itself; the body is the Messages API's
        // own wire shape (shared/ai/request-body.ts), typed readonly there.
        const { stream: _streamed, ...params } = messagesRequestBody(input);
        const stream = client.messages.stream(params as unknown as MessageStreamParams, { signal });
        stream.on('text', (delta) => onText(delta));
        const message = await stream.finalMessage();
        const usage: TokenUsage = {
          inputTokens: message.usage.input_tokens,
          outputTokens: message.usage.output_tokens,
          cacheReadTokens: message.usage.cache_read_input_tokens ?? 0,
          cacheWriteTokens: message.usage.cache_creation_input_tokens ?? 0,
        };
        const content: ContentBlock[] = message.content.flatMap((b): ContentBlock[] =>
          b.type === 'text'
            ? [{ type: 'text', text: b.text }]
            : b.type === 'tool_use'
              ? [{ type: 'tool_use', id: b.id, name: b.name, input: b.input }]
              : [],
        );
        return {
          ok: true,
          result: { content, stopReason: message.stop_reason ?? 'end_turn', usage, model: message.model },
        };
      } catch (error) {
        return { ok: false, failure: failureOf(error, signal) };
      }
    },
  };
}

function failureOf(error: unknown, signal: AbortSignal): TurnFailure {
  if (signal.aborted || error instanceof APIUserAbortError) return { kind: 'stopped' };
  if (error instanceof APIConnectionError) return failureFromApiError({ connection: true, message: error.message });
  if (error instanceof APIError) {
    // An error sent inside the stream (an SSE `error` event) has no HTTP status; its type says what it was.
    // https://docs.anthropic.com/en/api/messages-streaming#error-events
    const status =
      error.status ?? (error.type === 'overloaded_error' ? 529 : error.type === 'rate_limit_error' ? 429 : undefined);
    return failureFromApiError({
      ...(status === undefined ? {} : { status }),
      retryAfter: error.headers?.get('retry-after') ?? null,
      message: error.apiMessage ?? error.message,
    });
  }
  return failureFromApiError({ message: error instanceof Error ? error.message : String(error) });
}
