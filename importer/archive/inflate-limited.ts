// Raw DEFLATE (RFC 1951) with a ceiling on the output, inflated whole.
import { InflateStream } from './inflate-stream';

export type InflateOutcome =
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  /** Output went past the ceiling; `bytes` holds at least the first `ceiling` bytes. */
  | { readonly kind: 'over'; readonly bytes: Uint8Array }
  /** The stream ended early; `bytes` is everything before the break. */
  | { readonly kind: 'truncated'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly code: 'corrupt'; readonly reason: string };

/** How a drained stream ended. */
export function inflateOutcome(stream: InflateStream): InflateOutcome {
  if (stream.state === 'failed') return { kind: 'failed', code: 'corrupt', reason: stream.reason };
  if (stream.state === 'over' || stream.state === 'truncated') return { kind: stream.state, bytes: stream.bytes };
  return { kind: 'done', bytes: stream.bytes };
}

/** Inflates `deflated`, stopping once the output exceeds `ceiling` bytes (`sizeHint`: see InflateStream). Never throws. */
export function inflateLimited(deflated: Uint8Array, ceiling: number, sizeHint = 0): InflateOutcome {
  const stream = new InflateStream(deflated, ceiling, sizeHint);
  stream.drain();
  return inflateOutcome(stream);
}
