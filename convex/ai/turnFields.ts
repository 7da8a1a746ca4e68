import { v, type Infer } from 'convex/values';
import type { Tone, TurnFailure } from '../../shared/ai/conversation';

// Validators for one hosted model turn as it crosses the wire: what the panel
// sends (shared/ai/conversation's TurnInput) and what it reads back (its
// TurnResult or TurnFailure). One difference from those types: a tool call's
// input travels as JSON text (`inputJson`), because Convex values refuse
// object keys that start with '$' and the model's input is whatever it wrote.
// https://docs.convex.dev/database/types

export const toneValidator = v.union(v.literal('plain'), v.literal('coach'), v.literal('encouraging'));

const textBlock = v.object({ type: v.literal('text'), text: v.string() });
const toolUseBlock = v.object({ type: v.literal('tool_use'), id: v.string(), name: v.string(), inputJson: v.string() });
const toolResultBlock = v.object({
  type: v.literal('tool_result'),
  tool_use_id: v.string(),
  content: v.string(),
  is_error: v.optional(v.boolean()),
});

/** A block the model answers with: text, or a call of one of the panel's tools. */
export const answerBlockValidator = v.union(textBlock, toolUseBlock);

export const chatMessageValidator = v.object({
  role: v.union(v.literal('user'), v.literal('assistant')),
  content: v.union(v.string(), v.array(v.union(textBlock, toolUseBlock, toolResultBlock))),
});

export const turnRequestFields = {
  tone: toneValidator,
  /** Checked against HOSTED_MODELS by the mutation, so a wrong one gets a plain answer. */
  model: v.string(),
  messages: v.array(chatMessageValidator),
  /** Capped at MAX_OUTPUT_TOKENS on the server. */
  maxTokens: v.number(),
};
export const turnRequestValidator = v.object(turnRequestFields);

export const turnResultValidator = v.object({
  content: v.array(answerBlockValidator),
  stopReason: v.string(),
  usage: v.object({
    inputTokens: v.number(),
    outputTokens: v.number(),
    cacheReadTokens: v.number(),
    cacheWriteTokens: v.number(),
  }),
  model: v.string(),
});

export const turnFailureValidator = v.union(
  v.object({ kind: v.literal('bad-key') }),
  v.object({ kind: v.literal('rate-limited'), retryAfterS: v.union(v.number(), v.null()) }),
  v.object({ kind: v.literal('overloaded') }),
  v.object({ kind: v.literal('offline') }),
  v.object({ kind: v.literal('signed-out') }),
  v.object({ kind: v.literal('stopped') }),
  v.object({ kind: v.literal('other'), message: v.string() }),
);

export const turnOutcomeValidator = v.union(
  v.object({ ok: v.literal(true), result: turnResultValidator }),
  v.object({ ok: v.literal(false), failure: turnFailureValidator }),
);

export type ChatMessageWire = Infer<typeof chatMessageValidator>;
export type AnswerBlockWire = Infer<typeof answerBlockValidator>;
export type TurnRequest = Infer<typeof turnRequestValidator>;
export type TurnResultWire = Infer<typeof turnResultValidator>;
export type TurnOutcomeWire = Infer<typeof turnOutcomeValidator>;

// The validators must say exactly what shared/ai says: these fail to compile
// when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ValidatorsMatchSharedTypes = [
  Holds<Same<Infer<typeof toneValidator>, Tone>>,
  Holds<Same<Infer<typeof turnFailureValidator>, TurnFailure>>,
];
