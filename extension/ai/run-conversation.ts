// The tool loop (https://docs.anthropic.com/en/docs/build-with-claude/tool-use):
// send a turn; when the model stops for tool_use, run each requested tool
// against the local database, send the results back as tool_result blocks in
// one user message, and go on until it answers in text. Text streams to the
// caller as it arrives, across every turn. Every turn sent is recorded in the
// AI ledger (db/ai-ledger.ts) with the exact messages and the tokens it used.
import type { Fact } from '../../shared/analytics';
import { failureMessage } from '../../shared/ai';
import type { ChatMessage, ContentBlock, TokenUsage, ToolResultBlock, Tone, TurnFailure } from '../../shared/ai';
import { recordAiRequest, type SessionsDb } from '../db';
import type { InsightService } from './insight-service';
import type { KeyValueArea } from './key-value-area';
import { requestRefusal } from './request-gate';

/** Enough for "find the sessions, then read two of them"; a model asking for more is going round in circles. */
export const MAX_TOOL_ROUNDS = 6;
export const MAX_ANSWER_TOKENS = 1024;

export interface ToolOutput {
  readonly content: string;
  readonly isError: boolean;
  /** The facts behind the numbers the tool returned: the answer is checked against these too. */
  readonly facts: readonly Fact[];
}

export type RunTool = (name: string, input: unknown) => Promise<ToolOutput>;

export interface ConversationInput {
  readonly service: InsightService;
  /** Where each request sent is recorded (the AI ledger). */
  readonly ledger: SessionsDb;
  /** The AI settings, read again before every request (request-gate.ts): AI switched off or the agreement withdrawn stops it at once. */
  readonly settingsArea: KeyValueArea;
  readonly tone: Tone;
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly runTool: RunTool;
  readonly onText: (delta: string) => void;
  readonly signal: AbortSignal;
}

export type ConversationOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly messages: readonly ChatMessage[];
      readonly usage: TokenUsage;
      readonly model: string;
      readonly toolFacts: readonly Fact[];
    }
  | { readonly ok: false; readonly failure: TurnFailure; readonly text: string; readonly usage: TokenUsage };

const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
  };
}

export async function runConversation(input: ConversationInput): Promise<ConversationOutcome> {
  const messages: ChatMessage[] = [...input.messages];
  let text = '';
  let usage = NO_USAGE;
  const toolFacts: Fact[] = [];
  const onText = (delta: string) => {
    text += delta;
    input.onText(delta);
  };
  for (let round = 0; round < MAX_TOOL_ROUNDS; round++) {
    // Text of separate turns reads as separate paragraphs.
    let started = false;
    if (input.signal.aborted) return { ok: false, failure: { kind: 'stopped' }, text, usage };
    const refused = await requestRefusal(input.settingsArea);
    if (refused !== null) return { ok: false, failure: refused, text, usage };
    const sentAt = Date.now();
    const sent = [...messages];
    const outcome = await input.service.turn(
      { tone: input.tone, model: input.model, messages: sent, maxTokens: MAX_ANSWER_TOKENS },
      {
        signal: input.signal,
        onText: (delta) => {
          if (!started && text !== '') onText('\n\n');
          started = true;
          onText(delta);
        },
      },
    );
    await recordAiRequest(input.ledger, {
      at: sentAt,
      service: input.service.kind,
      host: input.service.host,
      model: input.model,
      tone: input.tone,
      messages: sent,
      usage: outcome.ok ? outcome.result.usage : null,
      failure: outcome.ok ? null : failureMessage(outcome.failure),
    });
    if (!outcome.ok) return { ok: false, failure: outcome.failure, text, usage };
    const { result } = outcome;
    usage = addUsage(usage, result.usage);
    messages.push({ role: 'assistant', content: result.content });
    const calls = result.content.filter((b): b is Extract<ContentBlock, { type: 'tool_use' }> => b.type === 'tool_use');
    if (result.stopReason !== 'tool_use' || calls.length === 0)
      return { ok: true, text, messages, usage, model: result.model, toolFacts };
    const results: ToolResultBlock[] = [];
    for (const call of calls) {
      if (input.signal.aborted) return { ok: false, failure: { kind: 'stopped' }, text, usage };
      const output = await input.runTool(call.name, call.input);
      toolFacts.push(...output.facts);
      results.push({
        type: 'tool_result',
        tool_use_id: call.id,
        content: output.content,
        ...(output.isError ? { is_error: true } : {}),
      });
    }
    messages.push({ role: 'user', content: results });
  }
  return {
    ok: false,
    failure: {
      kind: 'other',
      message: `The AI looked up your data ${MAX_TOOL_ROUNDS} times without answering. Ask a narrower question (one session, one week).`,
    },
    text,
    usage,
  };
}
