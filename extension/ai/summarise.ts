// One summary, start to end: the facts message as the first user turn, the
// tool loop, then the answer kept in the insights table with what it was
// built from. The side panel streams it; auto-summary runs it unattended.
import type { Fact } from '../../shared/analytics';
import { factsDigest, type TurnFailure } from '../../shared/ai';
import type { SessionsDb } from '../db';
import type { AiSettings } from './ai-settings';
import { saveCachedAnswer } from './insight-cache';
import type { InsightService } from './insight-service';
import type { KeyValueArea } from './key-value-area';
import { localTools } from './local-tools';
import type { InsightPrompt } from './prompt-for';
import { runConversation, type ConversationOutcome } from './run-conversation';

/** The digest a cached answer is compared with: the facts, the model, and the exact first message (notes included or not). */
export function promptDigest(prompt: InsightPrompt, model: string): string {
  return factsDigest(prompt.message.facts, model, prompt.message.text);
}

export interface SummaryInput {
  readonly db: SessionsDb;
  /** The AI settings as stored, checked before every request. */
  readonly area: KeyValueArea;
  readonly service: InsightService;
  readonly settings: AiSettings;
  readonly prompt: InsightPrompt;
  readonly onText: (delta: string) => void;
  readonly signal: AbortSignal;
}

export type SummaryOutcome =
  | { readonly ok: true; readonly text: string; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly failure: TurnFailure; readonly text: string };

export async function summarise(input: SummaryInput): Promise<SummaryOutcome> {
  const { db, settings, prompt } = input;
  const outcome: ConversationOutcome = await runConversation({
    service: input.service,
    ledger: db,
    settingsArea: input.area,
    tone: settings.tone,
    model: settings.model,
    messages: [{ role: 'user', content: prompt.message.text }],
    runTool: localTools(db, { allowNotes: settings.allowNotes, refs: prompt.message.refs }),
    onText: input.onText,
    signal: input.signal,
  });
  if (!outcome.ok) return outcome;
  await saveCachedAnswer(db, {
    subject: prompt.subjectKey,
    text: outcome.text,
    factsHash: promptDigest(prompt, settings.model),
    model: settings.model,
    usage: outcome.usage,
  });
  return { ok: true, text: outcome.text, facts: [...prompt.message.facts, ...outcome.toolFacts] };
}
