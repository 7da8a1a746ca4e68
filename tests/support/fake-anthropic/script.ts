// What the fake Messages API answers: one FakeTurn per POST /v1/messages,
// taken in order from a list or computed from the request body.

export interface FakeUsage {
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly cache_creation_input_tokens: number;
  readonly cache_read_input_tokens: number;
}

interface Streamed {
  /** Overrides the usage the fake computes from the request. */
  readonly usage?: Partial<FakeUsage>;
  /** Pause between streamed events, for tests that stop a stream midway. */
  readonly chunkDelayMs?: number;
}

export type FakeTurn =
  /** A text answer, streamed in several text_delta chunks when the request streams. */
  | (Streamed & { readonly text: string; readonly stopReason?: 'end_turn' | 'max_tokens' })
  /** A tool call (stop_reason 'tool_use'), after some text when `text` is given; its input streams as input_json_delta chunks. */
  | (Streamed & {
      readonly toolUse: { readonly name: string; readonly input: unknown; readonly id?: string };
      readonly text?: string;
    })
  /** An HTTP error in the documented shape; a 429 carries retry-after when retryAfterS is given. */
  | { readonly error: 401 | 429 | 529; readonly retryAfterS?: number }
  /** A stream that starts (HTTP 200), sends `text`, then an SSE `error` event, as the API does when overloaded midway. */
  | { readonly streamError: 'overloaded_error' | 'api_error'; readonly text?: string };

export interface RecordedRequest {
  readonly method: string;
  /** The URL's path, e.g. '/v1/messages'. */
  readonly path: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body (null when it was not JSON). */
  readonly body: unknown;
}

export type FakeScript = readonly FakeTurn[] | ((body: unknown) => FakeTurn);
