// The hosted InsightService: one turn through the SessionsAI Convex backend,
// which adds the system prompt, the tools and the server's Anthropic key
// (convex/ai/turns.ts). The panel starts the turn with a mutation, then follows
// the turn's stream document through a subscription: text as it grows, then
// the outcome (https://docs.convex.dev/client/javascript).
import type { ConvexClient } from 'convex/browser';
import type { FunctionArgs, FunctionReturnType } from 'convex/server';
import { ConvexError } from 'convex/values';
import type { ChatMessage, ContentBlock, TurnFailure, TurnInput, TurnOutcome } from '../../shared/ai/conversation';
import { api } from '../../convex/_generated/api';
import { cloudConfig, serverHost, type CloudConfig } from '../account/cloud-config';
import { pageConvexClient } from '../account/page-convex';
import type { InsightService, TurnStream } from './insight-service';

/** The part of ConvexClient this service uses, so tests can stand in for it. */
export type HostedConvexClient = Pick<
  ConvexClient,
  'mutation' | 'onUpdate' | 'connectionState' | 'subscribeToConnectionState'
>;

/**
 * How long the link to Convex may stay down before a waiting turn is given up
 * as offline. The client reconnects by itself and queues the mutation, so a
 * short drop is ridden out; a long one would otherwise leave the panel waiting.
 */
export const OFFLINE_AFTER_MS = 15_000;

/** What convex/lib/functions.ts throws (as ConvexError data) for a caller without a session. */
const NOT_SIGNED_IN = 'Not signed in';

const STOPPED: TurnOutcome = { ok: false, failure: { kind: 'stopped' } };
const LOST: TurnOutcome = {
  ok: false,
  failure: {
    kind: 'other',
    message: 'The answer is no longer on the server (it keeps answers for 15 minutes). Ask again.',
  },
};

type WireRequest = FunctionArgs<typeof api.ai.turns.start>;
type WireOutcome = NonNullable<NonNullable<FunctionReturnType<typeof api.ai.streams.watch>>['outcome']>;

/**
 * The hosted service for this page, on its one Convex client (made on first
 * use, signed in with the page's account), or why there is none: a build
 * without accounts. Signed out, its turns end as 'signed-out'.
 */
export function connectHostedService(
  config: CloudConfig = cloudConfig(),
): InsightService | { readonly failure: TurnFailure } {
  if (!config.available) return { failure: { kind: 'other', message: config.reason } };
  return hostedInsightService(pageConvexClient(config), serverHost(config));
}

export function hostedInsightService(client: HostedConvexClient, host: string): InsightService {
  return {
    kind: 'hosted',
    host,
    turn: (input, stream) =>
      runTurn(client, input, stream).catch((error: unknown) => failed(failureFromConvexError(error))),
  };
}

function runTurn(client: HostedConvexClient, input: TurnInput, { onText, signal }: TurnStream): Promise<TurnOutcome> {
  return new Promise((resolve, reject) => {
    const cleanups: (() => void)[] = [];
    let settled = false;
    const finish = (outcome: TurnOutcome) => {
      if (settled) return;
      settled = true;
      for (const cleanup of cleanups) cleanup();
      resolve(outcome);
    };
    if (signal.aborted) return finish(STOPPED);

    cleanups.push(whenOfflineFor(client, OFFLINE_AFTER_MS, () => finish(failed({ kind: 'offline' }))));
    const onAbort = () => finish(STOPPED);
    signal.addEventListener('abort', onAbort, { once: true });
    cleanups.push(() => signal.removeEventListener('abort', onAbort));

    client.mutation(api.ai.turns.start, wireRequest(input)).then((started) => {
      if (!started.ok) return finish(failed(started.failure));
      const { streamId } = started;
      if (settled) {
        // Stopped or offline while the turn was starting: stop it on the server too.
        void client.mutation(api.ai.streams.cancel, { streamId }).catch(() => undefined);
        return;
      }
      signal.removeEventListener('abort', onAbort);
      const onAbortStream = () => {
        void client.mutation(api.ai.streams.cancel, { streamId }).catch(() => undefined);
        finish(STOPPED);
      };
      signal.addEventListener('abort', onAbortStream, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbortStream));

      let shown = 0;
      const subscription = client.onUpdate(
        api.ai.streams.watch,
        { streamId },
        (view) => {
          if (settled) return;
          if (view === null) return finish(LOST);
          if (view.text.length > shown) {
            onText(view.text.slice(shown));
            shown = view.text.length;
          }
          if (view.outcome !== null) finish(turnOutcome(view.outcome));
        },
        (error) => finish(failed(failureFromConvexError(error))),
      );
      cleanups.push(() => subscription.unsubscribe());
    }, reject);
  });
}

/** Calls `onOffline` once the connection has been down for `ms` in a row; returns the cleanup. */
function whenOfflineFor(client: HostedConvexClient, ms: number, onOffline: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const follow = (connected: boolean) => {
    if (connected && timer !== null) {
      clearTimeout(timer);
      timer = null;
    } else if (!connected && timer === null) {
      timer = setTimeout(onOffline, ms);
    }
  };
  follow(client.connectionState().isWebSocketConnected);
  const unsubscribe = client.subscribeToConnectionState((state) => follow(state.isWebSocketConnected));
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

function wireRequest(input: TurnInput): WireRequest {
  return {
    tone: input.tone,
    model: input.model,
    maxTokens: input.maxTokens,
    messages: input.messages.map((message: ChatMessage) => ({
      role: message.role,
      content:
        typeof message.content === 'string'
          ? message.content
          : message.content.map((block) =>
              block.type === 'tool_use'
                ? {
                    type: 'tool_use' as const,
                    id: block.id,
                    name: block.name,
                    inputJson: JSON.stringify(block.input ?? {}),
                  }
                : block,
            ),
    })),
  };
}

function turnOutcome(wire: WireOutcome): TurnOutcome {
  if (!wire.ok) return failed(wire.failure);
  const content = wire.result.content.map(
    (block): ContentBlock =>
      block.type === 'tool_use'
        ? { type: 'tool_use', id: block.id, name: block.name, input: JSON.parse(block.inputJson) as unknown }
        : block,
  );
  return { ok: true, result: { ...wire.result, content } };
}

function failed(failure: TurnFailure): TurnOutcome {
  return { ok: false, failure };
}

function failureFromConvexError(error: unknown): TurnFailure {
  if (error instanceof ConvexError && error.data === NOT_SIGNED_IN) return { kind: 'signed-out' };
  // The server's refusals (an account being deleted, an age not confirmed) are written for the athlete.
  if (error instanceof ConvexError && typeof error.data === 'string') return { kind: 'other', message: error.data };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'other',
    message: `The SessionsAI server could not run the assistant (${detail}). Try again in a minute.`,
  };
}
