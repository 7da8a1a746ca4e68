// Raw DEFLATE (RFC 1951) with a ceiling on the output. A bomb's headers lie
// about its size, so the output is counted as it is produced: input goes in
// small chunks, and inflation stops as soon as the output passes the ceiling.
import { Inflate } from 'fflate';

// DEFLATE expands at most ~1032:1 (a 258-byte match per 2 bits), so one
// 16 KiB chunk can overshoot the ceiling by at most ~17 MB before we stop.
const CHUNK = 16 * 1024;

export type InflateOutcome =
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  /** Output went past the ceiling; `bytes` holds at least the first `ceiling` bytes. */
  | { readonly kind: 'over'; readonly bytes: Uint8Array }
  /** The stream ended early; `bytes` is everything before the break. */
  | { readonly kind: 'truncated'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly code: 'corrupt'; readonly reason: string };

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  if (chunks.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Inflates `deflated`, stopping once the output exceeds `ceiling` bytes. Never throws. */
export function inflateLimited(deflated: Uint8Array, ceiling: number): InflateOutcome {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    chunks.push(chunk);
    length += chunk.length;
  });
  try {
    // Every chunk goes in as not-final, so fflate hands over all it could
    // inflate; only the empty final push then finds a stream cut short.
    for (let at = 0; at < deflated.length; at += CHUNK) {
      inflater.push(deflated.subarray(at, at + CHUNK), false);
      if (length > ceiling) return { kind: 'over', bytes: concat(chunks, length) };
    }
    inflater.push(new Uint8Array(0), true);
  } catch (e) {
    // fflate reports a stream that ends early as "unexpected EOF"; anything
    // else (bad block type, bad distance, ...) is damage inside the stream.
    const detail = e instanceof Error ? e.message : String(e);
    return /EOF/i.test(detail)
      ? { kind: 'truncated', bytes: concat(chunks, length) }
      : { kind: 'failed', code: 'corrupt', reason: `the compressed data is damaged (${detail})` };
  }
  if (length > ceiling) return { kind: 'over', bytes: concat(chunks, length) };
  return { kind: 'done', bytes: concat(chunks, length) };
}
