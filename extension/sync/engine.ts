// The sync engine: pushes the outbox in batches (summaries first, then files),
// pulls every change after the last one seen, then fetches the samples and
// original files the list does not need. Everything it keeps lives in the
// local database, so a sync cut short by a closed panel, a crash or a lost
// connection resumes where it stopped. UI-free: the settings read status().
import {
  applyPushAnswer,
  applyServerRows,
  contentOfBytes,
  countWaiting,
  filesToFetch,
  lastSyncedAt,
  lastSyncFailure,
  markSynced,
  recordSyncFailure,
  refreshStaleEstimates,
  settleSyncedFiles,
  storeFetchedFile,
  syncCursor,
  syncDeviceId,
  syncPaused,
  takePushBatch,
  watchLocalChanges,
  type PushBatch,
  type SessionsDb,
} from '../db';
import { sha256Hex } from '../../shared/model';
import type { PushRow, UploadedFile } from '../../shared/sync/protocol';
import { BLOB_FIELD, MAX_PULL_ROWS, type SyncTable } from '../../shared/sync/tables';
import { heldChange, refusedReason, tooLargeReason } from './held-changes';
import {
  failureOf,
  type HeldChange,
  INITIAL_STATUS,
  PAUSED_MESSAGE,
  type SyncFailure,
  type SyncStatus,
} from './status';
import type { SyncTransport } from './transport';

export interface SyncEngineOptions {
  readonly db: SessionsDb;
  readonly transport: SyncTransport;
  /** This device's id (syncDeviceId in extension/db makes and keeps one). */
  readonly deviceId: string;
  readonly now?: () => number;
}

export interface SyncEngine {
  /** Syncs now; a call while a sync runs makes that sync run once more. Resolves with the status after. */
  syncNow(): Promise<SyncStatus>;
  status(): SyncStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /**
   * Live updates: syncs whenever the server's change number passes this device's, and whenever a change is
   * made here. Returns what stops it.
   */
  start(): () => void;
}

const FILES_AT_ONCE = 10;

type PushFile = PushBatch['files'][number];

/** The uploads `rows` name in their file field. */
function uploadsNamedBy(rows: readonly PushRow[], uploaded: readonly UploadedFile[]): UploadedFile[] {
  const named = new Set(rows.flatMap((r) => r.fields.filter((f) => f.n === BLOB_FIELD && f.v !== '').map((f) => f.v)));
  return uploaded.filter((f) => named.has(JSON.stringify(f.sha256)));
}

export function createSyncEngine({ db, transport, deviceId, now = Date.now }: SyncEngineOptions): SyncEngine {
  let status: SyncStatus = INITIAL_STATUS;
  const listeners = new Set<(status: SyncStatus) => void>();
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  let ran = false;

  const update = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };

  async function upload(): Promise<void> {
    update({ phase: 'uploading', filesUploaded: 0, held: [] });
    // Changes left out of this sync, by `<table>:<rowId>`; the next sync tries them again.
    const held = new Map<string, HeldChange>();
    const hold = async (table: SyncTable, rowId: string, reason: string) => {
      held.set(`${table}:${rowId}`, await heldChange(db, table, rowId, reason));
      update({ held: [...held.values()] });
    };

    // A push the server refuses is split until the refused rows stand alone: they are held, the rest go, each
    // half with the uploads its rows name.
    const pushOrHold = async (
      rows: readonly PushRow[],
      taken: PushBatch['taken'],
      uploaded: readonly UploadedFile[],
    ): Promise<void> => {
      let answer: Awaited<ReturnType<SyncTransport['push']>>;
      try {
        answer = await transport.push(rows, uploadsNamedBy(rows, uploaded));
      } catch (error) {
        if (failureOf(error).kind !== 'refused') throw error;
        if (rows.length === 1) return hold(rows[0]!.table, rows[0]!.rowId, refusedReason(error));
        const half = Math.ceil(rows.length / 2);
        await pushOrHold(rows.slice(0, half), taken, uploaded);
        return pushOrHold(rows.slice(half), taken, uploaded);
      }
      await applyPushAnswer(db, answer, deviceId, taken);
    };

    // One call for a batch's files, whatever their number, besides the uploads themselves: which the server
    // lacks (with an upload URL each). The push then brings the uploads, recorded with its rows; cut short
    // before it lands, the next sync finds them still missing and uploads them again.
    const uploadFiles = async (files: readonly PushFile[]): Promise<UploadedFile[]> => {
      const { uploads } = await transport.startUploads(files.map((f) => f.sha256));
      const bySha = new Map(files.map((f) => [f.sha256, f]));
      const uploaded: UploadedFile[] = [];
      for (const { sha256, url } of uploads) {
        uploaded.push({ sha256, storageId: await transport.uploadFile(url, await bySha.get(sha256)!.read()) });
        update({ filesUploaded: status.filesUploaded + 1 });
      }
      return uploaded;
    };

    let previous = '';
    for (;;) {
      const batch = await takePushBatch(db, deviceId, new Set(held.keys()));
      for (const { table, rowId, bytes } of batch.tooLarge) await hold(table, rowId, tooLargeReason(bytes));
      if (batch.rows.length === 0) return;
      // The same rows twice in a row would be a loop: the next sync tries again. (A row sent again whole, or
      // stamped anew, because the server's answer asked for it, is not the same.)
      const keys = batch.rows
        .map((r) => `${r.table}:${r.rowId}:${r.whole === true}:${Math.max(...r.fields.map((f) => f.t))}`)
        .join(',');
      if (keys === previous) return;
      previous = keys;
      const uploaded = batch.files.length > 0 ? await uploadFiles(batch.files) : [];
      await pushOrHold(batch.rows, batch.taken, uploaded);
      update({ waiting: await countWaiting(db) });
    }
  }

  async function download(): Promise<void> {
    update({ phase: 'downloading' });
    for (;;) {
      const page = await transport.pull(await syncCursor(db), MAX_PULL_ROWS);
      await applyServerRows(db, page.rows, deviceId, page.cursor);
      update({ pulledThrough: page.cursor, waiting: await countWaiting(db) });
      if (page.done) return;
    }
  }

  async function fetchFiles(): Promise<void> {
    update({ phase: 'files' });
    const tried = new Set<string>();
    let samplesStored = false;
    for (;;) {
      const key = (f: { table: string; rowId: string }) => `${f.table}:${f.rowId}`;
      const files = (await filesToFetch(db, FILES_AT_ONCE + tried.size)).filter((f) => !tried.has(key(f)));
      if (files.length === 0) break;
      for (const file of files.slice(0, FILES_AT_ONCE)) {
        tried.add(key(file));
        const bytes = await transport.downloadFile(file.sha256);
        // A missing or damaged file stays asked for: the next sync tries again.
        if (bytes === null || sha256Hex(bytes) !== file.sha256) continue;
        await storeFetchedFile(db, file, contentOfBytes(file.table, bytes));
        samplesStored ||= file.table === 'streams';
      }
    }
    // The thresholds estimated from the library read samples, which arrive after their sessions' rows (samples
    // written make them stale, change-stamp.ts); a failure leaves the older estimates in use.
    if (samplesStored) await refreshStaleEstimates(db).catch(() => undefined);
  }

  async function run(): Promise<SyncStatus> {
    ran = true;
    do {
      again = false;
      try {
        // The athlete's restriction of processing (issue 12): paused, nothing crosses the wire either way.
        if (await syncPaused(db)) {
          update({ failure: { kind: 'paused', message: PAUSED_MESSAGE } });
          break;
        }
        // This browser syncs from now on, so a deletion made here keeps its files until sync decides
        // (sync-kept-files.ts). openSync has kept the id already; an engine made with a given id keeps it here.
        await syncDeviceId(db, () => deviceId);
        await upload();
        await download();
        // Files a live session still names, kept here after their deletion, go up again; originals no live
        // session names any more go (sync-kept-files.ts).
        if ((await settleSyncedFiles(db)) > 0) again = true;
        await fetchFiles();
        const at = now();
        await markSynced(db, at);
        update({ lastSyncedAt: at, failure: null });
      } catch (error) {
        update({ failure: failureOf(error) });
        again = false;
      }
    } while (again);
    await recordSyncFailure(db, status.failure);
    update({ phase: 'idle', waiting: await countWaiting(db), lastSyncedAt: await lastSyncedAt(db) });
    running = null;
    // A call made while these last lines ran (a head that moved, a change made here) still gets its sync.
    if (again) return syncNow();
    return status;
  }

  function syncNow(): Promise<SyncStatus> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = run();
    return running;
  }

  // Until this engine has run, it shows how the last sync ended, even one the background ran. Unreadable (the
  // database closed meanwhile), the first run tells instead.
  void Promise.all([lastSyncedAt(db), lastSyncFailure(db), countWaiting(db)]).then(
    ([at, failure, waiting]) => {
      // Sync records only failures made by failureOf, so the stored one is a SyncFailure.
      if (!ran) update({ lastSyncedAt: at, failure: failure as SyncFailure | null, waiting });
    },
    () => undefined,
  );

  return {
    syncNow,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const stopWatching = transport.watchHead((head) => {
        update({ head });
        // A failed sync tries again when the server answers anew (the age confirmed, back online).
        if (head > status.pulledThrough || status.failure !== null) void syncNow();
      });
      const stopLocal = watchLocalChanges(db, () => void syncNow());
      const online = () => void syncNow();
      globalThis.addEventListener?.('online', online);
      void syncNow();
      return () => {
        stopWatching();
        stopLocal();
        globalThis.removeEventListener?.('online', online);
      };
    },
  };
}
