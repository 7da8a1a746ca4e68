// The bytes of one zip entry (PKWARE APPNOTE.TXT 6.3.10): its data follows
// the local header (§4.3.7), whose name and extra lengths may differ from
// the central directory's, so they are read again here.
import { type Deadline, NO_DEADLINE } from '../deadline';
import { expansionCap, MAX_EXPANSION } from '../limits';
import { crc32 } from './crc32';
import { formatBytes } from './format-bytes';
import { inflateLimited, inflateOutcome } from './inflate-limited';
import { InflateStream } from './inflate-stream';
import { readingStoppedEarly } from './read-xml-while-inflating';
import type { ZipEntry } from './zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
// §4.4.5 compression methods.
const STORED = 0;
const DEFLATED = 8;

export type ZipEntryOutcome =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array; readonly intact: boolean }
  /** A GPX or TCX whose reading stopped early: `bytes` is its start, all that was inflated (read-xml-while-inflating.ts). */
  | { readonly kind: 'partial'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'failed';
      readonly code: 'truncated' | 'corrupt' | 'unsupported' | 'too-large';
      readonly reason: string;
    };

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

type Located = { readonly kind: 'data'; readonly data: Uint8Array } | Extract<ZipEntryOutcome, { kind: 'failed' }>;

function locate(zip: Uint8Array, entry: ZipEntry): Located {
  if (entry.zip64)
    return { kind: 'failed', code: 'unsupported', reason: 'it is stored in Zip64 form, which is not supported' };
  if (entry.encrypted) return { kind: 'failed', code: 'unsupported', reason: 'it is encrypted' };
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    return {
      kind: 'failed',
      code: 'unsupported',
      reason: `it uses zip compression method ${entry.method}; only stored (0) and deflate (8) are read`,
    };
  }
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > zip.length || u32(zip, at) !== LOCAL_SIGNATURE) {
    return { kind: 'failed', code: 'corrupt', reason: 'its local header is missing or damaged' };
  }
  const start = at + LOCAL_SIZE + u16(zip, at + 26) + u16(zip, at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) return { kind: 'failed', code: 'truncated', reason: 'the archive ends inside its data' };
  return { kind: 'data', data: zip.subarray(start, end) };
}

/**
 * The first bytes of an entry, enough to tell its format without inflating
 * all of it; null when they cannot be read (reading it whole will say why).
 */
export function peekZipEntry(zip: Uint8Array, entry: ZipEntry, length: number): Uint8Array | null {
  const located = locate(zip, entry);
  if (located.kind !== 'data') return null;
  if (entry.method === STORED) return located.data.subarray(0, length);
  const inflated = inflateLimited(located.data, length);
  return inflated.kind === 'failed' ? null : inflated.bytes.subarray(0, length);
}

/**
 * Decompresses an entry. It may not expand past its declared size nor past
 * `ceiling` (what is left of the import's budget): the declared size is
 * checked first, the real output while inflating. A GPX or TCX is read while
 * it inflates, within the file's `deadline`. Never throws.
 */
export function readZipEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  ceiling: number,
  deadline: Deadline = NO_DEADLINE,
): ZipEntryOutcome {
  if (entry.declaredSize > ceiling) {
    return {
      kind: 'failed',
      code: 'too-large',
      reason: `it declares ${formatBytes(entry.declaredSize)}, more than the ${formatBytes(ceiling)} left of the import's decompression limit`,
    };
  }
  const located = locate(zip, entry);
  if (located.kind !== 'data') return located;
  if (entry.declaredSize > expansionCap(located.data.length)) {
    return {
      kind: 'failed',
      code: 'too-large',
      reason: `it declares ${formatBytes(entry.declaredSize)}, over ${MAX_EXPANSION} times its compressed size of ${formatBytes(located.data.length)}, which no workout file expands to (a decompression bomb)`,
    };
  }
  let bytes = located.data;
  if (entry.method === DEFLATED) {
    const stream = new InflateStream(located.data, entry.declaredSize, entry.declaredSize);
    if (readingStoppedEarly(stream, deadline)) return { kind: 'partial', bytes: stream.bytes };
    stream.drain();
    const inflated = inflateOutcome(stream);
    if (inflated.kind === 'failed') return inflated;
    if (inflated.kind === 'truncated')
      return { kind: 'failed', code: 'truncated', reason: 'its compressed data ends before its end marker' };
    if (inflated.kind === 'over') {
      return {
        kind: 'failed',
        code: 'too-large',
        reason: `it expands past its declared size of ${formatBytes(entry.declaredSize)} (a zip bomb, or a damaged archive)`,
      };
    }
    bytes = inflated.bytes;
  }
  return { kind: 'ok', bytes, intact: bytes.length === entry.declaredSize && crc32(bytes) === entry.crc };
}
