// The shape of a conversation with the model, in the Messages API's own terms
// (https://docs.anthropic.com/en/api/messages), without depending on the SDK:
// shared/ is pure TypeScript, and both the extension (own key) and Convex
// (hosted) turn these into SDK calls.

export type Tone = 'plain' | 'coach' | 'encouraging';

export interface TextBlock {
  readonly type: 'text';
  readonly text: string;
}

export interface ToolUseBlock {
  readonly type: 'tool_use';
  readonly id: string;
  readonly name: string;
  readonly input: unknown;
}

export interface ToolResultBlock {
  readonly type: 'tool_result';
  readonly tool_use_id: string;
  /** JSON of what the tool read, or a plain-words error with is_error. */
  readonly content: string;
  readonly is_error?: boolean;
}

export type ContentBlock = TextBlock | ToolUseBlock | ToolResultBlock;

export interface ChatMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string | readonly ContentBlock[];
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
}

/** One model turn: what the caller sends (system prompt and tools come from shared/ai, built alike on both sides). */
export interface TurnInput {
  readonly tone: Tone;
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly maxTokens: number;
}

export interface TurnResult {
  readonly content: readonly ContentBlock[];
  /** The API's stop_reason: 'end_turn', 'tool_use', 'max_tokens', ... */
  readonly stopReason: string;
  readonly usage: TokenUsage;
  /** The model that answered, as the API names it. */
  readonly model: string;
}

/** Why a turn failed, each worded for the athlete by the panel. */
export type TurnFailure =
  | { readonly kind: 'bad-key' }
  | { readonly kind: 'rate-limited'; readonly retryAfterS: number | null }
  | { readonly kind: 'overloaded' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'other'; readonly message: string };

export type TurnOutcome =
  | { readonly ok: true; readonly result: TurnResult }
  | { readonly ok: false; readonly failure: TurnFailure };
