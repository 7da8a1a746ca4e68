import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import type { Message, MessageStreamParams } from '@anthropic-ai/sdk/resources/messages/messages';
import { v } from 'convex/values';
import type { ChatMessage, ContentBlock, TurnFailure } from '../../shared/ai/conversation';
import { messagesRequestBody, type MessagesRequestBody } from '../../shared/ai/request-body';
import { failureFromApiError } from '../../shared/ai/turn-failure';
import { internal } from '../_generated/api';
import type { Id } from '../_generated/dataModel';
import type { ActionCtx } from '../_generated/server';
import { internalAction } from '../lib/functions';
import { TextFlusher } from './textFlusher';
import type { AnswerBlockWire, ChatMessageWire, TurnOutcomeWire, TurnRequest } from './turnFields';

// The hosted model call: the server's Anthropic key, the system prompt and
// tools built here from shared/ai, the answer streamed into the turn's
// insightStreams document. Runs in Convex's default runtime, which has fetch
// (https://docs.convex.dev/functions/runtimes); the SDK needs nothing else.

/** A write at most every 100 ms, or sooner once 400 characters wait: smooth to read, few transactions. */
const FLUSH_INTERVAL_MS = 100;
const FLUSH_MAX_CHARS = 400;

const NO_SERVER_KEY: TurnFailure = {
  kind: 'other',
  message:
    'The hosted assistant is not set up on this server yet. Use your own Anthropic key in the AI settings meanwhile.',
};
// 'bad-key' and 'offline' speak of the athlete's key and network; here the key
// and the network are the server's, so they get their own words.
const SERVER_KEY_REFUSED: TurnFailure = {
  kind: 'other',
  message: "Anthropic refused the hosted assistant's key. Try again later, or use your own key in the AI settings.",
};
const SERVER_CANNOT_REACH_API: TurnFailure = {
  kind: 'other',
  message: 'The hosted assistant could not reach Anthropic. Try again in a minute.',
};

export const run = internalAction({
  args: { requestId: v.id('insightRequests') },
  returns: v.null(),
  handler: async (ctx, { requestId }) => {
    const turn = await ctx.runMutation(internal.ai.requests.take, { requestId });
    if (turn === null) return null; // its stream expired before the action ran
    const { streamId, request, charge } = turn;
    // Whatever goes wrong, the panel waiting on the stream gets an outcome.
    const outcome = await streamTurn(ctx, streamId, request).catch(
      (error: unknown): TurnOutcomeWire => ({
        ok: false,
        failure: { kind: 'other', message: `The hosted assistant failed (${errorText(error)}). Try again.` },
      }),
    );
    await ctx.runMutation(internal.ai.streams.finish, { streamId, outcome });
    await ctx.runMutation(internal.billing.usage.settle, { charge, result: settlement(outcome) });
    return null;
  },
});

async function streamTurn(
  ctx: ActionCtx,
  streamId: Id<'insightStreams'>,
  request: TurnRequest,
): Promise<TurnOutcomeWire> {
  // Read per call, never bundled: `npx convex env set ANTHROPIC_API_KEY ...`.
  // The SDK reads ANTHROPIC_BASE_URL itself when it is set (a proxy or a local fake).
  const apiKey = process.env.ANTHROPIC_API_KEY;
  if (!apiKey) return { ok: false, failure: NO_SERVER_KEY };
  const messages = chatMessagesFromWire(request.messages);
  if (messages === null) {
    return {
      ok: false,
      failure: { kind: 'other', message: 'A tool call in this chat could not be read. Start a new chat.' },
    };
  }

  // No SDK retries: a 429 or 529 goes straight back to the panel, which
  // explains it and offers a retry, instead of holding the action for minutes.
  const client = new Anthropic({ apiKey, maxRetries: 0 });
  const stream = client.messages.stream(sdkParams(messagesRequestBody({ ...request, messages })));
  const flusher = new TextFlusher(
    async (text) => {
      const { cancelled } = await ctx.runMutation(internal.ai.streams.appendText, { streamId, text });
      if (cancelled) stream.abort();
    },
    FLUSH_INTERVAL_MS,
    FLUSH_MAX_CHARS,
  );
  stream.on('text', (delta) => flusher.push(delta));
  try {
    const message = await stream.finalMessage();
    await flusher.close();
    return { ok: true, result: resultFromMessage(message) };
  } catch (error) {
    // Whatever text arrived stays in the document; the outcome says why it stopped.
    await flusher.close();
    return { ok: false, failure: stream.aborted ? { kind: 'stopped' } : failureFromSdkError(error) };
  }
}

/** What the turn costs the athlete's budget: the tokens used, or its request back when it failed. */
function settlement(outcome: TurnOutcomeWire) {
  if (outcome.ok) {
    const { inputTokens, outputTokens } = outcome.result.usage;
    return { kind: 'answered' as const, inputTokens, outputTokens };
  }
  return outcome.failure.kind === 'stopped' ? { kind: 'stopped' as const } : { kind: 'failed' as const };
}

function chatMessagesFromWire(wire: readonly ChatMessageWire[]): ChatMessage[] | null {
  try {
    return wire.map((message) => ({
      role: message.role,
      content:
        typeof message.content === 'string'
          ? message.content
          : message.content.map((block): ContentBlock => {
              if (block.type !== 'tool_use') return block;
              return {
                type: 'tool_use',
                id: block.id,
                name: block.name,
                input: JSON.parse(block.inputJson) as unknown,
              };
            }),
    }));
  } catch {
    return null;
  }
}

/** The shared body in the SDK's (mutable) parameter types. */
function sdkParams(body: MessagesRequestBody): MessageStreamParams {
  return {
    model: body.model,
    max_tokens: body.max_tokens,
    system: body.system.map((block) => ({ ...block })),
    tools: body.tools.map((tool) => ({
      ...tool,
      input_schema: { ...tool.input_schema, required: [...tool.input_schema.required] },
    })),
    messages: body.messages.map((message) => ({
      role: message.role,
      content: typeof message.content === 'string' ? message.content : message.content.map((block) => ({ ...block })),
    })),
  };
}

function resultFromMessage(message: Message): Extract<TurnOutcomeWire, { ok: true }>['result'] {
  const content = message.content.flatMap((block): AnswerBlockWire[] => {
    if (block.type === 'text') return [{ type: 'text', text: block.text }];
    if (block.type === 'tool_use') {
      return [{ type: 'tool_use', id: block.id, name: block.name, inputJson: JSON.stringify(block.input) }];
    }
    return []; // The request asks for neither thinking nor server tools.
  });
  return {
    content,
    stopReason: message.stop_reason ?? 'end_turn',
    usage: {
      inputTokens: message.usage.input_tokens,
      outputTokens: message.usage.output_tokens,
      cacheReadTokens: message.usage.cache_read_input_tokens ?? 0,
      cacheWriteTokens: message.usage.cache_creation_input_tokens ?? 0,
    },
    model: message.model,
  };
}

function failureFromSdkError(error: unknown): TurnFailure {
  // APIConnectionError (and its timeout subclass) means the API was never reached.
  if (error instanceof APIConnectionError) return SERVER_CANNOT_REACH_API;
  if (error instanceof APIError) {
    const failure = failureFromApiError({
      status: error.status,
      retryAfter: error.headers?.get('retry-after') ?? null,
      message: error.message,
    });
    return failure.kind === 'bad-key' ? SERVER_KEY_REFUSED : failure;
  }
  return failureFromApiError({ message: errorText(error) });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
