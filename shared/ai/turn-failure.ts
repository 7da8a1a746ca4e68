// Why a turn failed, from what the SDK (or fetch) reported, and the words the
// panel shows for it. Status codes and error types:
// https://docs.anthropic.com/en/api/errors (401 authentication_error,
// 403 permission_error, 429 rate_limit_error with a retry-after header,
// 529 overloaded_error).
import type { TurnFailure } from './conversation';

/** What a caller learned from a failed API call (SDK APIError, fetch failure, Convex error). */
export interface ApiErrorInfo {
  readonly status?: number;
  /** The retry-after header, as sent. */
  readonly retryAfter?: string | null;
  /** True when the request never reached the API (no network, DNS, refused). */
  readonly connection?: boolean;
  readonly message?: string;
}

export function failureFromApiError(e: ApiErrorInfo): TurnFailure {
  if (e.connection) return { kind: 'offline' };
  switch (e.status) {
    case 401:
    case 403:
      return { kind: 'bad-key' };
    case 429:
      return { kind: 'rate-limited', retryAfterS: retryAfterSeconds(e.retryAfter) };
    case 529:
      return { kind: 'overloaded' };
  }
  const what =
    e.status === undefined ? 'The request to Anthropic failed' : `Anthropic answered with an error (HTTP ${e.status})`;
  const detail = e.message?.trim() ? `: ${e.message.trim().replace(/\.$/, '')}` : '';
  return {
    kind: 'other',
    message: `${what}${detail}. Try again; if it keeps failing, check the model in Settings → AI.`,
  };
}

/**
 * retry-after is whole seconds as Anthropic sends it (an HTTP-date is also
 * legal HTTP but not what the API sends); anything else reads as unknown.
 */
function retryAfterSeconds(header: string | null | undefined): number | null {
  if (header == null || !/^\s*\d+(\.\d+)?\s*$/.test(header)) return null;
  return Math.ceil(Number(header));
}

export function failureMessage(f: TurnFailure): string {
  switch (f.kind) {
    case 'bad-key':
      return 'Anthropic refused the API key. Check it in Settings → AI.';
    case 'rate-limited':
      return f.retryAfterS === null
        ? 'Too many requests to Anthropic; wait a minute and try again.'
        : `Too many requests; try again in ${f.retryAfterS} s.`;
    case 'overloaded':
      return "Anthropic's servers are overloaded right now; try again in a few minutes.";
    case 'offline':
      return 'Could not reach Anthropic. Check your internet connection and try again.';
    case 'signed-out':
      return 'Sign in to use the hosted assistant, or add your own Anthropic key in Settings → AI.';
    case 'stopped':
      return 'Stopped. Retry to ask again.';
    case 'other':
      return f.message;
  }
}
