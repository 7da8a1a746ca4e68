// The original files are stored as Blobs (schema v12): IndexedDB keeps a
// Blob's bytes apart from the row, so putting one costs ~0.12 ms where the
// structured clone of a 108 kB buffer cost 2.7-6.3 ms in Chromium
// (BENCHMARKS.md, issue 15). Whatever reads an original's bytes reads them here.
import type { SourceRow } from './records';

/**
 * The bytes of a stored original file. Reading a Blob is not an IndexedDB request, so awaiting it inside a
 * transaction would end the transaction: call this on rows read before, or after, one.
 */
export async function originalBytes(source: Pick<SourceRow, 'bytes'>): Promise<Uint8Array> {
  return new Uint8Array(await source.bytes.arrayBuffer());
}

/** An original file's bytes as a row stores them. A Blob of a view holds only the view's bytes, not its whole buffer. */
export function originalBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}
