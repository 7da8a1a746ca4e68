import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Database } from './database';
import { dayNumber } from '../../shared/analytics';
import { epochMs, seconds, watts, type Session } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { countSessions, listSessions } from './list-sessions';
import { TABLE_NAMES, type EditableField } from './records';
import { declareSchema, foldedVersions, LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { originalBytes } from './original-bytes';
import { toSessionRow } from './session-row';
import { rawStreamsRow } from './test-support/raw-row';
import { readStoredTraining, updateTrainingLog } from './stored-training';
import { testSession } from './test-support/sessions';

/**
 * A database as the release with schema `version` left it: the versions up to
 * it, from the one list, and none of the later code (no live-index middleware,
 * which came with v3).
 */
function openAt(factory: IDBFactory, version: number): Dexie {
  const db = new Dexie('migrations', { indexedDB: factory, IDBKeyRange });
  declareSchema(
    db,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  return db;
}

/** A row as the latest version reads it, an original file's Blob (v12) read back into the bytes stored before. */
async function readBack(db: Dexie, table: string, id: string): Promise<unknown> {
  const row = await db.table(table).get(id);
  return table === 'sources' && row?.bytes instanceof Blob ? { ...row, bytes: await originalBytes(row) } : row;
}

/** The database as this release opens it. */
const openLatest = (factory: IDBFactory) => new Database('migrations', { indexedDB: factory, IDBKeyRange });

const meta = { updatedAt: 1000, deletedAt: null };

/** A session row as v1 stored it: everything the latest row has except the field v2 adds. */
function v1SessionRow(session: Session, editedFields: readonly EditableField[] = []) {
  const { sourceHashes: _addedInV2, ...row } = toSessionRow(session, editedFields, 1000).row;
  return row;
}

/** One row for every table but sessions, as v1 stored them. */
const V1_ROWS = {
  streams: {
    id: 's1',
    sessionId: 's1',
    streams: { time: new Float64Array([0, 1]), heartRate: new Float32Array([120, NaN]) },
    ...meta,
  },
  sources: {
    id: 'ab',
    contentHash: 'ab',
    file: 'a.fit',
    format: 'fit',
    bytes: new Uint8Array([14, 16]),
    sizeBytes: 2,
    addedAt: 900,
    ...meta,
  },
  wellness: { id: '2024-06-01', date: '2024-06-01', restingHr: 48, hrvRmssd: 62, notes: 'slept well', ...meta },
  plans: {
    id: 'p1',
    date: '2024-06-02',
    sport: 'running',
    targetDurationS: 3600,
    steps: [{ durationS: 600, label: 'warm up' }],
    ...meta,
  },
  notes: { id: 'n1', kind: 'reflection', sessionId: 's1', date: null, text: 'legs heavy', ...meta },
  profile: { id: 'f1', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1), ...meta },
  settings: { id: 'units', value: 'metric', ...meta },
  insights: {
    id: 'i1',
    subject: 'session:s1',
    answer: 'Steady.',
    factsHash: 'ff',
    model: 'claude',
    createdAt: 950,
    ...meta,
  },
  outbox: { id: 'sessions:s1', table: 'sessions', rowId: 's1', op: 'put', at: 1000, ...meta },
  syncState: { id: 'cursor', value: 42, ...meta },
} as const;

describe('schema versions', () => {
  it('rise in order from 1 (not necessarily by one: parallel branches take their own numbers), the last being the latest', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)).toBe(true);
    expect(LATEST_VERSION).toBe(numbers.at(-1));
  });
});

describe('v1: the first schema', () => {
  it('creates every table, and every row stored at v1 reads back unchanged at the latest version', async () => {
    const factory = new IDBFactory();
    const v1 = openAt(factory, 1);
    await v1.open();
    expect(v1.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const [table, row] of Object.entries(V1_ROWS)) await v1.table(table).put(row);
    v1.close();

    const latest = openLatest(factory);
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    for (const [table, row] of Object.entries(V1_ROWS))
      expect(await readBack(latest, table, row.id), table).toEqual(row);
    // Typed arrays come back as typed arrays (structured clone), NaN kept.
    const streams = await latest.streams.get('s1');
    expect(streams?.streams.heartRate).toBeInstanceOf(Float32Array);
    expect(Array.from(streams!.streams.heartRate!)).toEqual([120, NaN]);
    latest.close();
  });
});

describe('v2: content hashes indexed', () => {
  it('back-fills sourceHashes on sessions stored at v1, and finds a session by its second source', async () => {
    const factory = new IDBFactory();
    const v1 = openAt(factory, 1);
    const merged = testSession('aa'.repeat(32), {
      sources: [
        { format: 'fit', file: 'ride.fit', contentHash: 'aa'.repeat(32), sizeBytes: 10, device: null },
        { format: 'gpx', file: 'ride.gpx', contentHash: 'bb'.repeat(32), sizeBytes: 20, device: null },
      ],
    });
    const v1Row = v1SessionRow(merged, ['title']);
    await v1.table('sessions').bulkPut([v1Row, v1SessionRow(testSession('cc'.repeat(32)))]);
    expect(v1.table('sessions').schema.idxByName.sourceHashes).toBeUndefined();
    v1.close();

    const v2 = openAt(factory, 2);
    const byGpx = await v2.table('sessions').where('sourceHashes').equals('bb'.repeat(32)).toArray();
    expect(byGpx.map((r: { id: string }) => r.id)).toEqual(['aa'.repeat(12)]);
    expect(byGpx[0]).toEqual({ ...v1Row, sourceHashes: ['aa'.repeat(32), 'bb'.repeat(32)] });
    expect((await v2.table('sessions').get('cc'.repeat(12)))?.sourceHashes).toEqual(['cc'.repeat(32)]);
    v2.close();
  });
});

describe('v3: live sessions indexed', () => {
  const DAY = 86_400_000;
  /** Day n's session as v2 stored it: rides on even days, runs on odd ones. */
  const v2Row = (n: number, deletedAt: number | null = null) => ({
    ...toSessionRow(
      testSession(n.toString(16).padStart(2, '0').repeat(32), {
        sport: n % 2 === 0 ? 'cycling' : 'running',
        start: epochMs(START + n * DAY),
      }),
      [],
      1000,
    ).row,
    deletedAt,
  });
  const idOf = (n: number) => n.toString(16).padStart(2, '0').repeat(12);

  it('back-fills `live` on the live sessions stored at v2, not on tombstones, and counts and lists through the new indexes', async () => {
    const factory = new IDBFactory();
    const v2 = openAt(factory, 2);
    // Days 0-5; the ride of day 2 and the run of day 5 were deleted.
    const rows = [v2Row(0), v2Row(1), v2Row(2, 2000), v2Row(3), v2Row(4), v2Row(5, 3000)];
    await v2.table('sessions').bulkPut(rows);
    v2.close();

    const latest = openLatest(factory);
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    expect(Object.keys(latest.sessions.schema.idxByName)).toEqual(
      expect.arrayContaining(['[live+start]', '[live+sport+start]']),
    );
    expect(await latest.sessions.get(idOf(0))).toEqual({ ...rows[0], live: 1 });
    // v4 then cuts the tombstone down to what sync needs.
    expect(await latest.sessions.get(idOf(2))).toEqual({ id: idOf(2), updatedAt: 1000, deletedAt: 2000 });
    expect(Object.keys((await latest.sessions.get(idOf(5)))!)).not.toContain('live');
    expect(await latest.sessions.where('[live+start]').between([1, -Infinity], [1, Infinity]).primaryKeys()).toEqual(
      [0, 1, 3, 4].map(idOf),
    );

    expect(await countSessions(latest, {})).toBe(4);
    expect(await countSessions(latest, { sport: 'cycling' })).toBe(2);
    expect(await countSessions(latest, { sport: 'running' })).toBe(2);
    expect((await listSessions(latest, { limit: 10 })).map((r) => r.id)).toEqual([4, 3, 1, 0].map(idOf));
    expect((await listSessions(latest, { sport: 'running', limit: 10 })).map((r) => r.id)).toEqual([3, 1].map(idOf));
    latest.close();
  });
});

describe('v4: bare tombstones', () => {
  it("cuts every table's tombstones stored at v3 down to id and times, leaving live rows as they were", async () => {
    const factory = new IDBFactory();
    const v3 = openAt(factory, 3);
    const gone = { updatedAt: 2000, deletedAt: 2000 };
    for (const [table, row] of Object.entries(V1_ROWS)) {
      if (table === 'outbox' || table === 'syncState') continue;
      await v3.table(table).bulkPut([row, { ...row, id: 'dead', ...gone }]);
    }
    v3.close();

    const latest = openLatest(factory);
    await latest.open();
    for (const [table, row] of Object.entries(V1_ROWS)) {
      if (table === 'outbox' || table === 'syncState') continue;
      expect(await latest.table(table).get('dead'), table).toEqual({ id: 'dead', ...gone });
      expect(await readBack(latest, table, row.id), table).toEqual(row);
    }
    latest.close();
  });
});

describe('v5: the AI ledger', () => {
  it('adds an empty aiRequests table beside the rows stored at v4, which read back unchanged', async () => {
    const factory = new IDBFactory();
    const v4 = openAt(factory, 4);
    for (const [table, row] of Object.entries(V1_ROWS)) await v4.table(table).put(row);
    v4.close();

    const latest = openLatest(factory);
    await latest.open();
    expect(await latest.aiRequests.count()).toBe(0);
    for (const [table, row] of Object.entries(V1_ROWS))
      expect(await readBack(latest, table, row.id), table).toEqual(row);
    latest.close();
  });
});

describe('v7: the training log stored', () => {
  it('opens a v4 library with its sessions, builds the log from them, and notes every later session write', async () => {
    const factory = new IDBFactory();
    const v4 = openAt(factory, 4);
    const ride = toSessionRow(
      testSession('dd'.repeat(32), {
        avgPowerW: watts(200),
        movingS: seconds(3600),
        elapsedS: seconds(3600),
        streams: undefined,
      }),
      [],
      1000,
    ).row;
    await v4.table('sessions').put({ ...ride, live: 1 });
    await v4.table('profile').put({ id: 'ftp', key: 'ftp', value: 250, from: 0, updatedAt: 0, deletedAt: null });
    v4.close();

    const latest = openLatest(factory);
    const day = dayNumber(ride.start, ride.utcOffsetS);
    // Nothing stored yet: the first read says so, and the first update builds it from the v4 rows.
    expect((await readStoredTraining(latest, day, day)).stale).toBe(true);
    await updateTrainingLog(latest);
    const stored = await readStoredTraining(latest, day, day);
    // One hour at 200 W with FTP 250: (200 / 250)^2 x 100 = 64.
    expect([stored.stale, stored.sessions, stored.log?.row(day)?.load]).toEqual([false, 1, 64]);
    // The v4 row itself is left as it was.
    expect(await latest.sessions.get(ride.id)).toEqual({ ...ride, live: 1 });

    await latest.sessions.put({ ...ride, id: 'second', live: 1 });
    expect((await latest.sessionChanges.get('second'))?.changed).toEqual(expect.any(Number));
    expect((await readStoredTraining(latest, day, day)).stale).toBe(true);
    latest.close();
  });
});

describe('v9: samples packed', () => {
  it('packs the samples stored at v4, which read back the same, and leaves tombstones as they were', async () => {
    const factory = new IDBFactory();
    const v4 = openAt(factory, 4);
    const samples = {
      time: Float64Array.from({ length: 600 }, (_, i) => i),
      heartRate: Float32Array.from({ length: 600 }, (_, i) => (i === 7 ? NaN : 120 + (i % 30))),
    };
    const tombstone = { id: 'dead', updatedAt: 2000, deletedAt: 2000 };
    await v4.table('streams').bulkPut([{ ...V1_ROWS.streams, streams: samples }, tombstone]);
    v4.close();

    const latest = openLatest(factory);
    await latest.open();
    const stored = await rawStreamsRow(factory, 'migrations', 's1');
    // 600 one-second steps, and heart rates moving by at most 29 bpm: one byte each instead of eight and four.
    expect(stored.streams.time).toMatchObject({ type: 'f64', scale: 1, delta: true, base: 0, width: 1 });
    expect(stored.streams.heartRate).toMatchObject({ type: 'f32', scale: 1, delta: true, base: 120, width: 1 });
    expect(stored.streams.time!.bytes.byteLength + stored.streams.heartRate!.bytes.byteLength).toBe(1200);
    expect(await latest.streams.get('s1')).toEqual({ ...V1_ROWS.streams, streams: samples });
    expect(await latest.streams.get('dead')).toEqual(tombstone);
    latest.close();
  });
});

describe('v11: the live sessions counted', () => {
  it('counts the live sessions stored at v7 (not their tombstones) and keeps the count with later writes', async () => {
    const factory = new IDBFactory();
    const v7 = openAt(factory, 7);
    const rows = ['a1', 'b2', 'c3'].map((h) => toSessionRow(testSession(h.repeat(32)), [], 1000).row);
    await v7.table('sessions').bulkPut([
      { ...rows[0], live: 1 },
      { ...rows[1], live: 1 },
      { id: rows[2]!.id, updatedAt: 2000, deletedAt: 2000 },
    ]);
    v7.close();

    const latest = openLatest(factory);
    expect(await latest.libraryCounts.get('liveSessions')).toEqual({ id: 'liveSessions', count: 2 });
    await latest.sessions.put({ ...rows[2]!, live: 1 });
    expect(await countSessions(latest, {})).toBe(3);
    latest.close();
  });
});

describe('v12: original files as Blobs', () => {
  it('turns the original files stored at v11 as bytes into Blobs of the same bytes, leaving tombstones bare', async () => {
    const factory = new IDBFactory();
    const v11 = openAt(factory, 11);
    const tombstone = { id: 'dead', updatedAt: 2000, deletedAt: 2000 };
    await v11.table('sources').bulkPut([V1_ROWS.sources, tombstone]);
    v11.close();

    const latest = openLatest(factory);
    const { bytes, ...source } = (await latest.sources.get('ab'))!;
    expect(bytes).toBeInstanceOf(Blob);
    expect(await originalBytes({ bytes })).toEqual(new Uint8Array([14, 16]));
    const { bytes: _stored, ...described } = V1_ROWS.sources;
    expect(source).toEqual(described);
    expect(await latest.sources.get('dead')).toEqual(tombstone);
    latest.close();
  });
});

describe('declaring the versions', () => {
  it('folds a version without an upgrade into the next one, keeping the last', () => {
    const stub = async () => undefined;
    const versions: SchemaVersion[] = [
      { version: 1, stores: { sessions: 'id, start', plans: 'id' } },
      { version: 2, stores: { sessions: 'id, start, *sourceHashes' }, upgrade: stub },
      { version: 5, stores: { aiRequests: 'id, at' } },
      { version: 7, stores: { trainingLog: 'id' } },
      { version: 9, stores: {}, upgrade: stub },
      { version: 11, stores: { libraryCounts: 'id' } },
    ];

    expect(foldedVersions(versions)).toEqual([
      { version: 2, stores: { sessions: 'id, start, *sourceHashes', plans: 'id' }, upgrade: stub },
      { version: 9, stores: { aiRequests: 'id, at', trainingLog: 'id' }, upgrade: stub },
      { version: 11, stores: { libraryCounts: 'id' } },
    ]);
  });
});
