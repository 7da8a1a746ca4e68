import { describe, expect, it } from 'vitest';
import { failureFromApiError, failureMessage } from './turn-failure';

describe('failureFromApiError', () => {
  it('names each failure the panel explains differently', () => {
    expect(failureFromApiError({ status: 401 })).toEqual({ kind: 'bad-key' });
    expect(failureFromApiError({ status: 403 })).toEqual({ kind: 'bad-key' });
    expect(failureFromApiError({ status: 429, retryAfter: '30' })).toEqual({ kind: 'rate-limited', retryAfterS: 30 });
    expect(failureFromApiError({ status: 429, retryAfter: '1.2' })).toEqual({ kind: 'rate-limited', retryAfterS: 2 });
    expect(failureFromApiError({ status: 429, retryAfter: null })).toEqual({ kind: 'rate-limited', retryAfterS: null });
    expect(failureFromApiError({ status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' })).toEqual({
      kind: 'rate-limited',
      retryAfterS: null,
    });
    expect(failureFromApiError({ status: 529 })).toEqual({ kind: 'overloaded' });
    expect(failureFromApiError({ connection: true, message: 'fetch failed' })).toEqual({ kind: 'offline' });
  });

  it('words any other error with its status and the API message', () => {
    expect(failureFromApiError({ status: 400, message: 'model: claude-x is not a model.' })).toEqual({
      kind: 'other',
      message:
        'Anthropic answered with an error (HTTP 400): model: claude-x is not a model. Try again; if it keeps failing, check the model in Settings → AI.',
    });
    expect(failureFromApiError({})).toEqual({
      kind: 'other',
      message: 'The request to Anthropic failed. Try again; if it keeps failing, check the model in Settings → AI.',
    });
  });
});

describe('failureMessage', () => {
  it('tells the athlete what happened and what to do', () => {
    expect(failureMessage({ kind: 'bad-key' })).toBe('Anthropic refused the API key. Check it in Settings → AI.');
    expect(failureMessage({ kind: 'rate-limited', retryAfterS: 30 })).toBe('Too many requests; try again in 30 s.');
    expect(failureMessage({ kind: 'rate-limited', retryAfterS: null })).toBe(
      'Too many requests to Anthropic; wait a minute and try again.',
    );
    expect(failureMessage({ kind: 'overloaded' })).toBe(
      "Anthropic's servers are overloaded right now; try again in a few minutes.",
    );
    expect(failureMessage({ kind: 'offline' })).toBe(
      'Could not reach Anthropic. Check your internet connection and try again.',
    );
    expect(failureMessage({ kind: 'signed-out' })).toBe(
      'Sign in to use the hosted assistant, or add your own Anthropic key in Settings → AI.',
    );
    expect(failureMessage({ kind: 'stopped' })).toBe('Stopped. Retry to ask again.');
    expect(failureMessage({ kind: 'other', message: 'The hosted assistant could not reach Anthropic.' })).toBe(
      'The hosted assistant could not reach Anthropic.',
    );
  });
});
