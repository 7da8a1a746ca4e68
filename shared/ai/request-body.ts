// The body of POST /v1/messages, built here so the extension (own key) and
// Convex (hosted) send the same bytes for the same turn.
// Shape: https://docs.anthropic.com/en/api/messages (model, max_tokens,
// system as text blocks, tools, messages, stream).
//
// Prompt caching (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching):
// the cached prefix runs tools -> system -> messages, and a cache_control
// breakpoint caches everything up to and including its block. One breakpoint
// on the last tool caches the tool definitions for every tone; one on the
// system block caches tools + the tone's system prompt. Both texts are
// constant, so every turn after the first reads them from the cache (within
// the cache's 5-minute lifetime) once the prefix reaches the model's minimum
// cacheable length (1,024 tokens on Sonnet/Opus, 2,048 on Haiku).
import type { ChatMessage, TurnInput } from './conversation';
import { systemPrompt } from './system-prompt';
import { AI_TOOLS } from './tools';
import type { ToolDefinition } from './tools';

export interface CacheControl {
  readonly type: 'ephemeral';
}

export interface SystemBlock {
  readonly type: 'text';
  readonly text: string;
  readonly cache_control: CacheControl;
}

export type RequestTool = ToolDefinition & { readonly cache_control?: CacheControl };

export interface MessagesRequestBody {
  readonly model: string;
  readonly max_tokens: number;
  readonly system: readonly SystemBlock[];
  readonly tools: readonly RequestTool[];
  readonly messages: readonly ChatMessage[];
  readonly stream: true;
}

const EPHEMERAL: CacheControl = { type: 'ephemeral' };

const CACHED_TOOLS: readonly RequestTool[] = AI_TOOLS.map((tool, i) =>
  i === AI_TOOLS.length - 1 ? { ...tool, cache_control: EPHEMERAL } : tool,
);

export function messagesRequestBody(input: TurnInput): MessagesRequestBody {
  return {
    model: input.model,
    max_tokens: input.maxTokens,
    system: [{ type: 'text', text: systemPrompt(input.tone), cache_control: EPHEMERAL }],
    tools: CACHED_TOOLS,
    messages: input.messages,
    stream: true,
  };
}
