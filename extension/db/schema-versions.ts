// Every version of the local database, oldest first, as data: the database
// declares them all (Dexie upgrades an older database step by step) and the
// migration tests open a database at any earlier one. Append a version to
// change the schema; never edit a released one.
// Dexie store syntax (https://dexie.org/docs/Version/Version.stores()):
// first the primary key, then indexes; `[a+b]` compound, `*a` multi-entry;
// a table left out keeps its previous definition.
import type { Dexie, Transaction } from 'dexie';
import { dropStoredUnmeasuredChannels } from './drop-stored-unmeasured';
import { storeLiveCount } from './live-count';
import { LIVE } from './live-index';
import { originalBlob } from './original-bytes';
import { packRow } from './packed-streams';
import { type DerivedTable, type DeviceTable, SYNCED_TABLES, type TableName } from './records';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Partial<Record<TableName | DeviceTable | DerivedTable, string>>;
  /** Rewrites rows stored under the previous version. */
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Streams rows packed per request in v9's upgrade. */
const PACK_BATCH = 100;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  // v1: the first schema. Sessions list newest first by `start`, per sport by
  // [sport+start]; streams and original files are keyed by the session and the
  // content hash; small tables are keyed by their natural id (date, setting key).
  {
    version: 1,
    stores: {
      sessions: 'id, start, [sport+start]',
      streams: 'id',
      sources: 'id',
      wellness: 'id',
      plans: 'id, date',
      notes: 'id, sessionId, date',
      profile: 'id, key',
      settings: 'id',
      insights: 'id, subject',
      outbox: 'id, at',
      syncState: 'id',
    },
  },
  // v2: finding whether a file was imported before meant reading every
  // session's sources. A multi-entry index of the sources' content hashes makes
  // it one lookup per file, and also finds the second source of a merged session.
  {
    version: 2,
    stores: { sessions: 'id, start, [sport+start], *sourceHashes' },
    upgrade: (tx) =>
      tx
        .table('sessions')
        .toCollection()
        .modify((row: { sources: readonly { contentHash: string }[]; sourceHashes?: string[] }) => {
          row.sourceHashes = row.sources.map((s) => s.contentHash);
        }),
  },
  // v3: lists counted and paged live sessions by walking the start index and
  // skipping tombstones in JavaScript: counting 5,000 took 33 s in
  // fake-indexeddb. Live sessions now carry `live: 1` (tombstones none;
  // live-index.ts keeps it on every write), and [live+start] and
  // [live+sport+start] index only them, so a count or a deep page is answered
  // by the index. `start` stays for reads that want tombstones too.
  {
    version: 3,
    stores: { sessions: 'id, start, [sport+start], *sourceHashes, [live+start], [live+sport+start]' },
    upgrade: (tx) =>
      tx
        .table('sessions')
        .toCollection()
        .modify((row: { deletedAt: number | null; live?: typeof LIVE }) => {
          if (row.deletedAt === null) row.live = LIVE;
          else delete row.live;
        }),
  },
  // v4: deleting kept the whole row as a tombstone, samples and notes
  // included. A tombstone now keeps only what sync needs (records.ts
  // Tombstone); the ones stored before are cut down to that. No index changes.
  {
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      for (const table of SYNCED_TABLES)
        await tx
          .table(table)
          .filter((row: { deletedAt: number | null }) => row.deletedAt !== null)
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = { id: row.id, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
          });
    },
  },
  // v5: the AI ledger (issue 12): every request sent to a model, newest first by `at`. A new table; no rows change.
  { version: 5, stores: { aiRequests: 'id, at' } },
  // v7: Today rebuilt the whole history's fitness series on every open. The
  // training log is now stored (stored-training.ts): each session's load in
  // `trainingLoads` (by day), the daily totals in `trainingLog`; every write
  // to a session notes its id and time in `sessionChanges` (change-stamp.ts),
  // indexed by time, so the log catches up from the sessions changed since it
  // was last brought up to date. Nothing to rewrite: a missing log is built
  // on first read.
  {
    version: 7,
    stores: {
      sessionChanges: 'id, changed',
      trainingLoads: 'id, day',
      trainingLog: 'id',
    },
  },
  // v9: samples are stored packed (packed-streams.ts): each column as whole
  // numbers in the narrowest width that holds them exactly, about a third of
  // the typed arrays. The rows stored before are packed here, a batch at a time
  // so a large library is never in memory at once. No index changes.
  {
    version: 9,
    stores: {},
    upgrade: async (tx) => {
      const streams = tx.table('streams');
      const ids = await streams.toCollection().primaryKeys();
      for (let i = 0; i < ids.length; i += PACK_BATCH) {
        const rows: object[] = await streams.bulkGet(ids.slice(i, i + PACK_BATCH));
        await streams.bulkPut(rows.map(packRow));
      }
    },
  },
  // v11: the live sessions' count kept in one row (live-count.ts), so opening
  // the panel reads it instead of walking the [live+start] index; counted once here.
  { version: 11, stores: { libraryCounts: 'id' }, upgrade: storeLiveCount },
  // v12: original files stored as Blobs (original-bytes.ts): a put no longer
  // structured-clones each file's bytes into the row. The files stored before
  // as bytes become Blobs here; tombstones hold none. No index changes.
  {
    version: 12,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('sources')
        .filter((row: { bytes?: unknown }) => ArrayBuffer.isView(row.bytes))
        .modify((row: { bytes: Uint8Array | Blob }) => {
          row.bytes = originalBlob(row.bytes as Uint8Array);
        }),
  },
  // v14: sessions stored with a channel of zeros alone (a bike computer's
  // "power 0" with no power meter) lose it, as a fresh import would
  // (drop-stored-unmeasured.ts), so they are scored from heart rate or pace. No index changes.
  { version: 14, stores: {}, upgrade: dropStoredUnmeasuredChannels },
];

/**
 * The versions Dexie needs declared: those with an upgrade and the last, each carrying the stores of the versions
 * without one just before it. Dexie upgrades from the schema it finds stored, not from the declared version below
 * it (dexie.mjs, updateTablesAndIndexes), so a version that only adds tables or indexes may arrive with the next.
 * Each `stores()` call re-parses every version declared so far: the ten versions up to v14 took 9-11 ms to declare
 * (node, median of 40), seven 3-4 ms, on every opening of the panel.
 */
export function foldedVersions(versions: readonly SchemaVersion[]): SchemaVersion[] {
  const folded: SchemaVersion[] = [];
  let stores: SchemaVersion['stores'] = {};
  versions.forEach((v, i) => {
    stores = { ...stores, ...v.stores };
    if (v.upgrade === undefined && i < versions.length - 1) return;
    folded.push({ ...v, stores });
    stores = {};
  });
  return folded;
}

/** Declares `versions` on `db`, each with its upgrade; Dexie then upgrades an older database step by step. */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of foldedVersions(versions)) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
  }
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
