// A fake Anthropic Messages API as a Fetch-API handler (Request in, Response
// out), so it runs wherever fetch does: behind node:http (server.ts) or passed
// straight to the SDK as its `fetch` in tests without sockets (convex-test in
// edge-runtime). Only web-standard APIs here.
import type { FakeScript, FakeTurn, FakeUsage, RecordedRequest } from './script';
import { checkRequest } from './validate';
import { errorJson, messageEvents, messageJson, sseText } from './wire';
import type { ErrorType, SseEvent, WireBlock, WireMessage } from './wire';

export interface FakeAnthropicHandler {
  /** Answers one request. As the SDK's fetch: `fetch: (url, init) => fake.handle(new Request(url, init))`. */
  handle(request: Request): Promise<Response>;
  /** Every request but CORS preflights, in arrival order. */
  readonly requests: RecordedRequest[];
}

/**
 * The browser sends a preflight before the side panel's POST (it carries an
 * API key and JSON) and hides response headers not listed as exposed, so the
 * panel could not read retry-after without the expose list. The real API
 * allows browsers once the SDK's anthropic-dangerous-direct-browser-access
 * header is present.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'request-id, retry-after',
} as const;

const ERRORS: Readonly<Record<401 | 429 | 529, { readonly type: ErrorType; readonly message: string }>> = {
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  429: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

export function fakeAnthropicHandler(script: FakeScript): FakeAnthropicHandler {
  const requests: RecordedRequest[] = [];
  const cachedPrefixes = new Set<string>();
  let served = 0;
  // Turns are taken only by requests that pass the checks, so a refused request does not shift the script.
  let turnsTaken = 0;

  async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
          'access-control-max-age': '600',
        },
      });
    }
    const text = await request.text();
    const body = parseJson(text);
    requests.push({ method: request.method, path, headers: Object.fromEntries(request.headers), body });
    const n = ++served;
    const requestId = `req_fake_${n}`;

    if (request.method !== 'POST' || path !== '/v1/messages') {
      return errorResponse(
        404,
        'not_found_error',
        `The fake Anthropic API serves only POST /v1/messages, not ${request.method} ${path}.`,
        requestId,
      );
    }
    if (!request.headers.get('x-api-key') && !request.headers.get('authorization')) {
      return errorResponse(401, 'authentication_error', 'x-api-key header is required', requestId);
    }
    const checked = checkRequest(body);
    if (!checked.ok) return errorResponse(400, 'invalid_request_error', checked.problem, requestId);
    const turn = typeof script === 'function' ? script(body) : (script[turnsTaken++] ?? null);
    if (turn === null) {
      return errorResponse(
        500,
        'api_error',
        `The fake Anthropic API has no scripted turn left for request ${n}.`,
        requestId,
      );
    }
    if ('error' in turn) {
      const { type, message } = ERRORS[turn.error];
      const retryAfter =
        turn.error === 429 && turn.retryAfterS !== undefined ? { 'retry-after': String(turn.retryAfterS) } : undefined;
      return errorResponse(turn.error, type, message, requestId, retryAfter);
    }
    const message: WireMessage = {
      id: `msg_fake_${n}`,
      model: checked.model,
      content: blocksOf(turn, n),
      stopReason: 'streamError' in turn ? 'end_turn' : 'toolUse' in turn ? 'tool_use' : (turn.stopReason ?? 'end_turn'),
      usage: { ...usageFor(checked.body, cachedPrefixes), ...('usage' in turn ? turn.usage : {}) },
    };
    if (!checked.stream) {
      return Response.json(messageJson(message), { headers: { ...CORS, 'request-id': requestId } });
    }
    let events = messageEvents(message);
    if ('streamError' in turn) {
      // The API reports a failure after the stream began as an `error` event, and stops.
      const stop = events.findIndex((e) => e.event === 'content_block_stop');
      const words = turn.streamError === 'overloaded_error' ? 'Overloaded' : 'Internal server error';
      events = [
        ...events.slice(0, stop === -1 ? 2 : stop),
        { event: 'error', data: errorJson(turn.streamError, words, requestId) },
      ];
    }
    return new Response(sseStream(events, 'chunkDelayMs' in turn ? (turn.chunkDelayMs ?? 0) : 0, request.signal), {
      headers: {
        ...CORS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'request-id': requestId,
      },
    });
  }

  return { handle, requests };
}

function blocksOf(turn: Exclude<FakeTurn, { error: number }>, n: number): WireBlock[] {
  const blocks: WireBlock[] = turn.text !== undefined && turn.text !== '' ? [{ type: 'text', text: turn.text }] : [];
  if ('toolUse' in turn) {
    const { name, input, id } = turn.toolUse;
    blocks.push({ type: 'tool_use', id: id ?? `toolu_fake_${n}`, name, input });
  }
  return blocks;
}

/**
 * Usage worked out from the request, about 4 characters a token, with a fixed
 * 50 output tokens (a script's usage overrides any of it): the part up
 * to the last cache_control breakpoint in tools and system is written to the
 * cache the first time this handler sees it and read from it after, as
 * prompt caching reports it (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching).
 */
function usageFor(body: Record<string, unknown>, cachedPrefixes: Set<string>): FakeUsage {
  const prefix = JSON.stringify([body.tools ?? null, body.system ?? null]);
  const tokens = (s: string) => Math.ceil(s.length / 4);
  const input = tokens(JSON.stringify(body.messages));
  if (!prefix.includes('"cache_control"')) {
    return {
      input_tokens: input + tokens(prefix),
      output_tokens: 50,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    };
  }
  const seen = cachedPrefixes.has(prefix);
  cachedPrefixes.add(prefix);
  return {
    input_tokens: input,
    output_tokens: 50,
    cache_creation_input_tokens: seen ? 0 : tokens(prefix),
    cache_read_input_tokens: seen ? tokens(prefix) : 0,
  };
}

function sseStream(events: readonly SseEvent[], delayMs: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      if (signal.aborted || i >= events.length) {
        controller.close();
        return;
      }
      if (i > 0 && delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      controller.enqueue(encoder.encode(sseText(events[i++]!)));
    },
  });
}

function errorResponse(
  status: number,
  type: ErrorType,
  message: string,
  requestId: string,
  extra?: Record<string, string>,
): Response {
  return Response.json(errorJson(type, message, requestId), {
    status,
    headers: { ...CORS, 'request-id': requestId, ...extra },
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
