// A local row as sync's named fields, and back (docs/sync.md). The row's id,
// its updatedAt (this device's bookkeeping) and the derived `live` never
// travel. Samples and original bytes travel as files: their rows carry the
// file's SHA-256 in the `blob` field. A session's samples row is deleted with
// the session, by the device that deletes it, like any other row.
import {
  ABSENT,
  DELETED_AT,
  decodeValue,
  effectiveDeletedAt,
  encodeValue,
  latestWrite,
  type SyncFields,
} from '../../shared/sync/fields';
import { BLOB_FIELD, type SyncTable } from '../../shared/sync/tables';
import { decodeSamplesFile } from './samples-file';
import type { Tombstone } from './records';
import { originalBlob, originalBytes } from './original-bytes';
import { rowFile, samplesFileHash } from './sync-file-hash';
import { inSamplesFile } from './sync-intervals';

const NEVER_SYNCED = new Set(['id', 'updatedAt', 'live']);

export type Row = { readonly id: string; readonly updatedAt: number; readonly deletedAt: number | null } & Record<
  string,
  unknown
>;

/** A row's file to upload: its size, and its bytes when they are sent. */
export interface UploadFile {
  readonly size: number;
  readonly read: () => Promise<Uint8Array>;
}

/**
 * A row's file: the samples packed (samples-file.ts), or the original file, read only when uploaded (it is a Blob, and
 * reading one would end the transaction the row was read in); null for a tombstone.
 */
export function blobFile(table: SyncTable, row: Row): UploadFile | null {
  const content = fileContent(table, row) as object | undefined;
  if (content === undefined) return null;
  if (content instanceof Blob) return { size: content.size, read: () => originalBytes({ bytes: content }) };
  const { bytes } = rowFile(table, content);
  return { size: bytes.length, read: async () => bytes };
}

/**
 * The SHA-256 of a row's file. An original file's is its content hash, the row's id (the importer's SHA-256 of
 * these bytes, and a downloaded file is checked against it), so its Blob is never read to sync its row.
 */
function fileHash(table: SyncTable, row: Row, content: object): string {
  return table === 'sources' ? row.id : samplesFileHash(row.id, content);
}

/** The row's fields as JSON text, by name. */
export function encodeRow(table: SyncTable, row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(row)) {
    if (NEVER_SYNCED.has(name) || value === undefined) continue;
    if (table === 'streams' && name === 'streams') continue;
    if (table === 'sources' && name === 'bytes') continue;
    if (inSamplesFile(table, name)) continue;
    out[name] = encodeValue(value);
  }
  const content = fileContent(table, row) as object | undefined;
  if (content !== undefined) out[BLOB_FIELD] = encodeValue(fileHash(table, row, content));
  return out;
}

/** What a row stored as `fields` says, as text by name, with its deletedAt as the conflict rule decides it. */
export function encodeStored(fields: SyncFields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) if (field.v !== ABSENT) out[name] = field.v;
  out[DELETED_AT] = encodeValue(effectiveDeletedAt(fields));
  return out;
}

/** A row's file as the row holds it: samples, or an original file's Blob. */
export function fileContent(table: SyncTable, row: Row): unknown {
  return table === 'streams' ? row.streams : table === 'sources' ? row.bytes : undefined;
}

/** A downloaded file as its row holds it. */
export function contentOfBytes(table: SyncTable, bytes: Uint8Array): unknown {
  return table === 'streams' ? decodeSamplesFile(bytes) : originalBlob(bytes);
}

/**
 * The local row that `fields` describe. A row with a file takes its content
 * (samples or bytes). A deleted row is a bare tombstone, as a local deletion leaves it.
 */
export function materialize(table: SyncTable, rowId: string, fields: SyncFields, content: unknown): Row {
  const updatedAt = latestWrite(fields);
  const deletedAt = effectiveDeletedAt(fields);
  if (deletedAt !== null) return { id: rowId, updatedAt, deletedAt } satisfies Tombstone;
  const row: Record<string, unknown> = { id: rowId };
  for (const [name, field] of Object.entries(fields)) {
    if (name === BLOB_FIELD || field.v === ABSENT) continue;
    row[name] = decodeValue(field.v);
  }
  row.updatedAt = updatedAt;
  row.deletedAt = null;
  if (table === 'streams') row.streams = content;
  if (table === 'sources') row.bytes = content;
  return row as Row;
}
