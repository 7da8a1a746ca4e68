// The one seam between the panel's AI features and whoever calls the model:
// the hosted Convex action (the server's key, a signed-in athlete, a daily
// limit) or the athlete's own Anthropic key (the SDK straight from the
// extension). Both stream one turn at a time; the tool loop runs here, in the
// extension, because the tools read the local database.
import type { TurnInput, TurnOutcome } from '../../shared/ai/conversation';

export interface TurnStream {
  /** Called with each piece of text as it arrives, in order. */
  readonly onText: (delta: string) => void;
  /** Aborting stops the stream; the outcome is then { kind: 'stopped' }. */
  readonly signal: AbortSignal;
}

export interface InsightService {
  readonly kind: 'hosted' | 'own-key';
  /** Where requests go from this browser: the API's host, or the SessionsAI server's (the AI ledger records it). */
  readonly host: string;
  /** Never throws: every failure comes back as a TurnFailure. */
  turn(input: TurnInput, stream: TurnStream): Promise<TurnOutcome>;
}
