// Reads a zip's central directory (PKWARE APPNOTE.TXT 6.3.10, §4.3.12 and
// §4.3.16). The central directory, not the local headers, is authoritative:
// local headers may leave sizes to a trailing data descriptor (§4.3.9).

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIZE = 46;
// §4.4.4 general purpose flag bits.
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
// §4.5.3: sizes and offsets of 0xFFFFFFFF (counts of 0xFFFF) live in Zip64 records.
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  /** Path inside the archive, with '/' separators. */
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc: number;
  readonly compressedSize: number;
  /** As the central directory declares it; a bomb may lie. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
  readonly zip64: boolean;
}

export type ZipDirectory =
  | { readonly kind: 'ok'; readonly entries: readonly ZipEntry[] }
  | { readonly kind: 'failed'; readonly code: 'truncated' | 'corrupt' | 'unsupported'; readonly reason: string };

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function findEndOfDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = b.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(b, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Lists the entries of a zip held in memory. Never throws. */
export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) {
    return {
      kind: 'failed',
      code: 'truncated',
      reason: 'the zip has no end-of-archive record (the download or copy was cut short)',
    };
  }
  const count = u16(b, eocd + 10);
  const offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === ZIP64_MARK) {
    return {
      kind: 'failed',
      code: 'unsupported',
      reason: 'it is a Zip64 archive (over 4 GiB or 65,535 entries), which is not supported',
    };
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > b.length || u32(b, at) !== CENTRAL_SIGNATURE) {
      return {
        kind: 'failed',
        code: 'corrupt',
        reason: `the zip's directory is damaged at entry ${i + 1} of ${count}`,
      };
    }
    const flags = u16(b, at + 8);
    const nameLength = u16(b, at + 28);
    const end = at + CENTRAL_SIZE + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (end > b.length) {
      return {
        kind: 'failed',
        code: 'corrupt',
        reason: `the zip's directory is damaged at entry ${i + 1} of ${count}`,
      };
    }
    const compressedSize = u32(b, at + 20);
    const declaredSize = u32(b, at + 24);
    const localHeaderOffset = u32(b, at + 42);
    // Names without the UTF-8 flag are CP437 (§4.4.4, Appendix D); export
    // tools write ASCII names, which read the same either way.
    const rawName = b.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    entries.push({
      name: (flags & FLAG_UTF8 ? utf8.decode(rawName) : String.fromCharCode(...rawName)).replace(/\\/g, '/'),
      method: u16(b, at + 10),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      crc: u32(b, at + 16),
      compressedSize,
      declaredSize,
      localHeaderOffset,
      zip64: compressedSize === ZIP64_MARK || declaredSize === ZIP64_MARK || localHeaderOffset === ZIP64_MARK,
    });
    at = end;
  }
  return { kind: 'ok', entries };
}
