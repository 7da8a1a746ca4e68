// This device's sync state in the local database (the syncState table): its id, how far it has pulled, when it
// last synced and why it stopped, and for each row the server's copy as last seen (its base), the stamp of
// changes still waiting, and the note to fetch its file.
import type { SyncField, SyncFields } from '../../shared/sync/fields';
import type { WireField } from '../../shared/sync/protocol';
import { type Database, type SessionsDb, tablesOf } from './database';
import { getByKeys } from './get-by-keys';
import { SYNCED_TABLES } from './records';

/** The server's copy of a row as this device last saw it: what local changes are measured against. */
export interface Base {
  readonly seq: number;
  readonly fields: SyncFields;
}

export const CURSOR = 'sync.cursor';
const DEVICE_ID = 'sync.deviceId';
const LAST_SYNCED = 'sync.lastSyncedAt';
const LAST_FAILURE = 'sync.lastFailure';
export const baseKey = (table: string, rowId: string) => `sync.base:${table}:${rowId}`;
export const FETCH_PREFIX = 'sync.fetch:';
export const stampKey = (table: string, rowId: string) => `sync.stamp:${table}:${rowId}`;

/**
 * The stamp of changes still waiting after the server's row moved on, kept
 * while the row is unchanged (`updatedAt`): a change keeps the time it was
 * made, or an edit made before a delete would look newer than the delete.
 */
export interface Stamp {
  readonly updatedAt: number;
  readonly t: number;
}
export const fetchKey = (table: string, rowId: string) => `${FETCH_PREFIX}${table}:${rowId}`;

export function syncTables(db: Database) {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.outbox, db.syncState];
}

/** Each row's base and stamp, in the rows' order. */
export async function statesOf(db: Database, rows: readonly { readonly table: string; readonly rowId: string }[]) {
  const bases = await getByKeys(
    db.syncState,
    rows.map((r) => baseKey(r.table, r.rowId)),
  );
  const stamps = await getByKeys(
    db.syncState,
    rows.map((r) => stampKey(r.table, r.rowId)),
  );
  return { bases, stamps };
}

export async function getState<T>(db: Database, id: string): Promise<T | undefined> {
  return (await db.syncState.get(id))?.value as T | undefined;
}

export function putState(db: Database, id: string, value: unknown): Promise<string> {
  return db.syncState.put({ id, value, updatedAt: Date.now(), deletedAt: null });
}

/** Nothing of the row waits to be pushed any more: its outbox note and the stamp of its waiting change go. */
export async function settle(db: Database, table: string, rowId: string): Promise<void> {
  await db.outbox.delete(`${table}:${rowId}`);
  await db.syncState.delete(stampKey(table, rowId));
}

/** This device's id for sync stamps, made once by `make`. */
export function syncDeviceId(handle: SessionsDb, make: () => string): Promise<string> {
  const db = tablesOf(handle);
  return db.transaction('rw', db.syncState, async () => {
    const known = await getState<string>(db, DEVICE_ID);
    if (known !== undefined) return known;
    const id = make();
    await putState(db, DEVICE_ID, id);
    return id;
  });
}

/** Whether this browser has ever synced (signed in, with a Convex URL in the build): it has a sync device id. */
export async function syncsHere(handle: SessionsDb): Promise<boolean> {
  const db = tablesOf(handle);
  return (await db.syncState.get(DEVICE_ID)) !== undefined;
}

/** The change number this device has pulled through (0 before the first pull). */
export async function syncCursor(handle: SessionsDb): Promise<number> {
  const db = tablesOf(handle);
  return (await getState<number>(db, CURSOR)) ?? 0;
}

export async function lastSyncedAt(handle: SessionsDb): Promise<number | null> {
  const db = tablesOf(handle);
  return (await getState<number>(db, LAST_SYNCED)) ?? null;
}

export async function markSynced(handle: SessionsDb, at: number): Promise<void> {
  const db = tablesOf(handle);
  await putState(db, LAST_SYNCED, at);
}

/** Why the last sync stopped, in words, whichever context ran it (the panel or the background). */
export interface StoredSyncFailure {
  readonly kind: string;
  readonly message: string;
}

/** Keeps the last sync's failure, or null when it finished, so Settings shows it even after a background sync. */
export async function recordSyncFailure(handle: SessionsDb, failure: StoredSyncFailure | null): Promise<void> {
  const db = tablesOf(handle);
  await putState(db, LAST_FAILURE, failure);
}

export async function lastSyncFailure(handle: SessionsDb): Promise<StoredSyncFailure | null> {
  const db = tablesOf(handle);
  return (await getState<StoredSyncFailure | null>(db, LAST_FAILURE)) ?? null;
}

/** Changes waiting to be pushed. */
export function countWaiting(handle: SessionsDb): Promise<number> {
  const db = tablesOf(handle);
  return db.outbox.count();
}

export function fieldMap(list: readonly WireField[]): Record<string, SyncField> {
  const map: Record<string, SyncField> = {};
  for (const f of list) map[f.n] = { v: f.v, t: f.t, d: f.d };
  return map;
}
