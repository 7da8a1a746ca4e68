// What syncs, and how much goes in one call. The device's own bookkeeping
// (outbox, sync state) never leaves it. The numbers are explained in docs/sync.md.
import { ABSENT, decodeValue, type SyncFields } from './fields';

/** Every local table whose rows sync; extension/db's SYNCED_TABLES must name the same (a test checks). */
export const SYNC_TABLES = [
  'sessions',
  'streams',
  'sources',
  'wellness',
  'plans',
  'notes',
  'profile',
  'settings',
  'insights',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** Rows whose bulk (samples, original bytes) lives in file storage under this field, holding the SHA-256 in hex. */
export const BLOB_FIELD = 'blob';
export const BLOB_TABLES: readonly SyncTable[] = ['streams', 'sources'];

/** The SHA-256 a stored row's `blob` names, or null (a deleted row names none). */
export function blobOf(fields: SyncFields): string | null {
  const blob = fields[BLOB_FIELD];
  return blob === undefined || blob.v === ABSENT ? null : (decodeValue(blob.v) as string);
}

/** Settings that stay on the device even if one is ever stored in the database: the API key is a secret. */
export const LOCAL_ONLY_SETTINGS: readonly string[] = ['ai.apiKey'];

/** At most this many rows in one push... */
export const MAX_PUSH_ROWS = 500;
/** ...and at most this many bytes of field JSON in one push (Convex takes 16 MiB of arguments and of writes). */
export const MAX_PUSH_BYTES = 1024 * 1024;
/** A row's fields may hold at most this many bytes of JSON, so its document stays far below Convex's 1 MiB. */
export const MAX_ROW_BYTES = 256 * 1024;
/** Rows per pull page (summaries are ~1-3 KB: ~0.5-1.5 MiB)... */
export const MAX_PULL_ROWS = 500;
/** ...and at most this many bytes of field JSON, far below Convex's 16 MiB of a query's answer, however large the rows. */
export const MAX_PULL_BYTES = 4 * 1024 * 1024;
/**
 * Files per `files:startUploads` call and per push: a push names at most one file a row, so one call covers a
 * push's files. 500 hashes are ~35 KB of arguments, 500 upload URLs ~100 KB of answer, 500 uploads a push brings
 * ~50 KB.
 */
export const MAX_FILES_PER_CALL = MAX_PUSH_ROWS;

/** A row's size as the limits count it: the JSON text of its field names and values. */
export function rowBytes(fields: readonly { readonly n: string; readonly v: string }[]): number {
  let bytes = 0;
  for (const f of fields) bytes += f.n.length + f.v.length;
  return bytes;
}
