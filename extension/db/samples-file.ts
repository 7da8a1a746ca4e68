// A session's samples as sync stores them in file storage: the packed columns
// IndexedDB keeps (packed-streams.ts, ~43 kB an hour) rather than JSON of every
// number (~394 kB), so a first upload encodes, hashes and sends a ninth of the
// bytes. The server never reads them; the file's SHA-256 names it. Layout: the
// header's length (uint32, little-endian), the header as JSON (the packed
// columns with each `bytes` replaced by its index in `lengths`), then each
// column's bytes in that order. The session's beat-to-beat intervals ride
// along as one more column (sync-intervals.ts).
import type { Streams } from '../../shared/model';
import {
  packColumn,
  packStreams,
  unpackColumn,
  unpackStreams,
  type PackedColumn,
  type PackedStreams,
} from './packed-streams';

/** What a samples file holds: the samples, with the session's intervals when it has them. */
export type SamplesContent = Streams & { readonly rrIntervalsS?: Float32Array };

/** The header: each column's byte length, and the packed columns with every `bytes` an index into them. */
interface Header {
  readonly lengths: readonly number[];
  readonly columns: { readonly samples: object; readonly rrIntervalsS?: object };
}

export function encodeSamplesFile(content: SamplesContent): Uint8Array {
  const { rrIntervalsS } = content;
  const buffers: ArrayBuffer[] = [];
  const columns = {
    // The content itself, not a copy without its intervals (packing reads only the samples' channels): samples
    // read from the database are then not packed again (packed-streams.ts).
    samples: packStreams(content),
    ...(rrIntervalsS !== undefined && { rrIntervalsS: packColumn(rrIntervalsS) }),
  };
  const columnsJson = JSON.stringify(columns, (_key, value: unknown) =>
    value instanceof ArrayBuffer ? buffers.push(value) - 1 : value,
  );
  const lengths = buffers.map((b) => b.byteLength);
  const head = new TextEncoder().encode(`{"lengths":${JSON.stringify(lengths)},"columns":${columnsJson}}`);
  const out = new Uint8Array(4 + head.length + lengths.reduce((sum, n) => sum + n, 0));
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const buffer of buffers) {
    out.set(new Uint8Array(buffer), at);
    at += buffer.byteLength;
  }
  return out;
}

/** `value` with every `bytes` index replaced by its column's bytes. */
function withBuffers(value: unknown, buffers: readonly ArrayBuffer[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withBuffers(v, buffers));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'bytes') out[key] = withBuffers(v, buffers);
    else if (typeof v === 'number' && buffers[v] !== undefined) out[key] = buffers[v];
    else throw new Error(`A samples file names column bytes ${String(v)}, which it does not hold`);
  }
  return out;
}

export function decodeSamplesFile(bytes: Uint8Array): SamplesContent {
  if (bytes.length < 4) throw new Error(`A samples file of ${bytes.length} bytes is too short for its header`);
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + headLength > bytes.length)
    throw new Error(`A samples file's header says ${headLength} bytes, but the file holds ${bytes.length}`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as Header;
  const buffers: ArrayBuffer[] = [];
  let at = 4 + headLength;
  for (const length of header.lengths) {
    if (at + length > bytes.length) throw new Error('A samples file ends before its columns do');
    buffers.push(bytes.slice(at, at + length).buffer);
    at += length;
  }
  const streams = unpackStreams(withBuffers(header.columns.samples, buffers) as PackedStreams);
  if (header.columns.rrIntervalsS === undefined) return streams;
  const intervals = unpackColumn(withBuffers(header.columns.rrIntervalsS, buffers) as PackedColumn);
  return { ...streams, rrIntervalsS: intervals as Float32Array };
}
