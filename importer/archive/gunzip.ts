// gzip (RFC 1952): a 10-byte header with optional fields, a raw DEFLATE
// stream, then CRC-32 and the size mod 2^32 of the original data.
import { crc32 } from './crc32';
import { formatBytes } from './format-bytes';
import { inflateOutcome } from './inflate-limited';
import { InflateStream } from './inflate-stream';

// RFC 1952 §2.3.1 FLG bits.
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
const DEFLATE = 8;
const HEADER = 10;
const TRAILER = 8;

export type GunzipOutcome =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array; readonly intact: boolean }
  /** The data ends early; `bytes` is all that could be decompressed before the break (possibly nothing). */
  | { readonly kind: 'truncated'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly code: 'corrupt' | 'unsupported' | 'too-large'; readonly reason: string };

/** Offset of the DEFLATE data after the header and its optional fields, or -1 when the header runs off the end. */
function dataStart(bytes: Uint8Array): number {
  const flags = bytes[3]!;
  let at = HEADER;
  if (flags & FEXTRA) {
    if (at + 2 > bytes.length) return -1;
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    while (at < bytes.length && bytes[at] !== 0) at++;
    at++; // the zero terminator
  }
  if (flags & FHCRC) at += 2;
  return at <= bytes.length ? at : -1;
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** A gzip member whose DEFLATE data inflates on demand: `stream.bytes` is its output so far. */
export interface GunzipStream {
  readonly stream: InflateStream;
  /** CRC-32 and size mod 2^32 of the original data, as the trailer states them. */
  readonly crc: number;
  readonly size: number;
  /** The most its output may be. */
  readonly ceiling: number;
}

/**
 * Opens one gzip member for inflating up to `ceiling` bytes of output, or
 * says why it cannot be (a header cut short gives empty `truncated`). Never throws.
 */
export function openGunzip(bytes: Uint8Array, ceiling: number): GunzipStream | Exclude<GunzipOutcome, { kind: 'ok' }> {
  if (bytes.length < HEADER) return { kind: 'truncated', bytes: new Uint8Array(0) };
  if (bytes[2] !== DEFLATE) {
    return { kind: 'failed', code: 'unsupported', reason: `gzip compression method ${bytes[2]} is not DEFLATE (8)` };
  }
  const start = dataStart(bytes);
  if (start < 0 || start + TRAILER > bytes.length) return { kind: 'truncated', bytes: new Uint8Array(0) };
  const crc = readUint32LE(bytes, bytes.length - TRAILER);
  const size = readUint32LE(bytes, bytes.length - 4);
  return {
    stream: new InflateStream(bytes.subarray(start, bytes.length - TRAILER), ceiling, size),
    crc,
    size,
    ceiling,
  };
}

/** Inflates the rest of an opened member and checks it against its trailer. */
export function finishGunzip(opened: GunzipStream): GunzipOutcome {
  opened.stream.drain();
  const inflated = inflateOutcome(opened.stream);
  if (inflated.kind === 'over') {
    return { kind: 'failed', code: 'too-large', reason: `it expands to more than ${formatBytes(opened.ceiling)}` };
  }
  if (inflated.kind !== 'done') return inflated;
  const out = inflated.bytes;
  return { kind: 'ok', bytes: out, intact: opened.crc === crc32(out) && opened.size === out.length % 2 ** 32 };
}
