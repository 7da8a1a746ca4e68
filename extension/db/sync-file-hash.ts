// The file a synced row carries (samples packed, samples-file.ts, or an original file's bytes) and its
// SHA-256, the `blob` field. Packing an hour's samples and hashing them are much of the device's work in a
// first upload, and a sync looks at each row more than once: in one transaction (the same content
// object) and again when the push's answer comes (the same samples, read anew). So each is done once.
import { sha256Hex } from '../../shared/model';
import type { SyncTable } from '../../shared/sync/tables';
import { knownPackedForm } from './packed-streams';
import { encodeSamplesFile, type SamplesContent } from './samples-file';

export interface RowFile {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** By the content object read: content read is never changed in place. */
const byContent = new WeakMap<object, RowFile>();

/** The samples last hashed, by row id, with the samples they were read as: a few batches' worth. */
const recentSamples = new Map<string, { readonly samples: object; readonly sha256: string }>();
const RECENT_SAMPLES = 32;

/** The file of `content` (a streams row's samples or a sources row's bytes). */
export function rowFile(table: SyncTable, content: object): RowFile {
  let file = byContent.get(content);
  if (file === undefined) {
    const bytes = table === 'streams' ? encodeSamplesFile(content as SamplesContent) : (content as Uint8Array);
    file = { bytes, sha256: sha256Hex(bytes) };
    byContent.set(content, file);
  }
  return file;
}

/**
 * The SHA-256 of the samples file of `content`, the streams row `rowId`'s: samples equal to those last hashed for it
 * are not encoded again. (An original file's is its content hash, the row's id: sync-fields.ts.)
 */
export function samplesFileHash(rowId: string, content: object): string {
  const known = byContent.get(content)?.sha256;
  if (known !== undefined) return known;
  const recent = recentSamples.get(rowId);
  const sha256 =
    recent !== undefined && sameValue(recent.samples, content) ? recent.sha256 : rowFile('streams', content).sha256;
  recentSamples.delete(rowId);
  recentSamples.set(rowId, { samples: content, sha256 });
  if (recentSamples.size > RECENT_SAMPLES) recentSamples.delete(recentSamples.keys().next().value!);
  return sha256;
}

/**
 * Whether two values would be written as the same samples file (or as the same sync fields), judged strictly:
 * typed arrays of one type byte for byte, plain objects and arrays with the same keys in the same order.
 * A false "different" only costs an encoding.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Samples read from the database: their packed forms, a third of the bytes and nothing to unpack, hold the
  // same values exactly when they are the same.
  const [packedA, packedB] = [knownPackedForm(a), knownPackedForm(b)];
  if (packedA !== undefined && packedB !== undefined) return sameValue(packedA, packedB);
  const prototype = Object.getPrototypeOf(a) as unknown;
  if (prototype !== Object.getPrototypeOf(b)) return false;
  if (a instanceof ArrayBuffer && b instanceof ArrayBuffer) return sameBytes(new Uint8Array(a), new Uint8Array(b));
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b))
    return sameBytes(
      new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    );
  // Plain objects and arrays only: a Date or a Map keeps its value out of its keys.
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return (
    keys.length === other.length &&
    keys.every(
      (k, i) => k === other[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
