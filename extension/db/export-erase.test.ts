import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyResult } from '../../shared/model';
import { Database } from './database';
import { eraseAll } from './erase-all';
import { exportAll, sourcePath } from './export-all';
import { exportZip } from './export-zip';
import { deleteSession } from './delete-session';
import { SYNCED_TABLES, TABLE_NAMES } from './records';
import { LATEST_VERSION } from './schema-versions';
import { saveImport } from './save-import';
import { deleteRecord, saveRecord } from './save-record';
import { testSession } from './test-support/sessions';

const A = 'aa'.repeat(32);
const ID = 'aa'.repeat(12);
const NOW = Date.UTC(2024, 6, 1);
const FIT_BYTES = new Uint8Array([14, 16, 0x2e, 0x46, 0x49, 0x54]);

let db: Database;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('export', { indexedDB: new IDBFactory(), IDBKeyRange });
  const ride = testSession(
    A,
    { rrIntervalsS: new Float32Array([0.5, 0.75]) },
    'fit',
    'export.zip/activities/1001.fit.gz',
  );
  await saveImport(
    db,
    { ...emptyResult(), sessions: [ride] },
    new Map([[A, { file: 'export.zip/activities/1001.fit.gz', bytes: FIT_BYTES }]]),
  );
  await saveRecord(db, 'wellness', { id: '2024-06-01', date: '2024-06-01', restingHr: 48, notes: 'slept well' });
  await saveRecord(db, 'plans', { id: 'p1', date: '2024-06-02', sport: 'running', targetDurationS: 3600 });
  await saveRecord(db, 'notes', { id: 'n1', kind: 'note', sessionId: ID, date: null, text: 'new saddle' });
  await saveRecord(db, 'profile', { id: 'f1', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
  await saveRecord(db, 'settings', { id: 'units', value: 'imperial' });
  await saveRecord(db, 'insights', {
    id: 'i1',
    subject: `session:${ID}`,
    answer: 'Steady.',
    factsHash: 'ff',
    model: 'claude-x',
    createdAt: NOW,
  });
  await db.syncState.put({ id: 'cursor', value: 7, updatedAt: NOW, deletedAt: null });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('exportAll', () => {
  it('returns every table as plain JSON data, typed arrays as arrays and NaN as null, and the original files', async () => {
    const data = await exportAll(db);
    expect(Object.keys(data.tables).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.fromEntries(TABLE_NAMES.map((t) => [t, data.tables[t].length]))).toEqual({
      sessions: 1,
      streams: 1,
      sources: 1,
      wellness: 1,
      plans: 1,
      notes: 1,
      profile: 1,
      settings: 1,
      insights: 1,
      outbox: 9,
      syncState: 1,
    });
    expect(data.tables.streams[0]).toEqual({
      id: ID,
      sessionId: ID,
      streams: { time: [0, 1, 2], power: [200, null, 210] },
      updatedAt: NOW,
      deletedAt: null,
    });
    expect(data.tables.sessions[0]).toMatchObject({
      id: ID,
      rrIntervalsS: [0.5, 0.75],
      sourceHashes: [A],
      deletedAt: null,
    });
    expect(data.tables.sources[0]).toEqual({
      id: A,
      contentHash: A,
      file: 'export.zip/activities/1001.fit.gz',
      format: 'fit',
      sizeBytes: 6,
      addedAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      path: 'sources/aaaaaaaaaaaa-1001.fit',
    });
    expect(data.files).toEqual([{ path: 'sources/aaaaaaaaaaaa-1001.fit', contentHash: A, bytes: FIT_BYTES }]);
    // Plain data: a JSON round trip changes nothing.
    expect(JSON.parse(JSON.stringify(data.tables))).toEqual(data.tables);
  });

  it('leaves tombstones out', async () => {
    await deleteRecord(db, 'wellness', '2024-06-01');
    await deleteSession(db, ID);
    const data = await exportAll(db);
    for (const table of SYNCED_TABLES)
      expect(data.tables[table], table).not.toContainEqual(expect.objectContaining({ deletedAt: expect.any(Number) }));
    expect(data.tables.sessions).toEqual([]);
    expect(data.tables.wellness).toEqual([]);
    expect(data.files).toEqual([]);
  });

  it('names each source by hash prefix and file name, so two files of one name stay apart', () => {
    expect(sourcePath({ contentHash: 'bb'.repeat(32), file: 'a/ride.fit' })).toBe('sources/bbbbbbbbbbbb-ride.fit');
    expect(sourcePath({ contentHash: 'cc'.repeat(32), file: 'b/ride.fit' })).toBe('sources/cccccccccccc-ride.fit');
  });
});

describe('exportZip', () => {
  it('holds a manifest, one JSON file per table (streams one per session), and the original bytes', async () => {
    const files = unzipSync(await exportZip(db));
    expect(Object.keys(files).sort()).toEqual([
      'insights.json',
      'manifest.json',
      'notes.json',
      'outbox.json',
      'plans.json',
      'profile.json',
      'sessions.json',
      'settings.json',
      'sources.json',
      'sources/aaaaaaaaaaaa-1001.fit',
      `streams/${ID}.json`,
      'syncState.json',
      'wellness.json',
    ]);
    const json = (name: string): unknown => JSON.parse(strFromU8(files[name]!));
    expect(json('manifest.json')).toEqual({
      app: 'SessionsAI',
      schemaVersion: LATEST_VERSION,
      exportedAt: '2024-07-01T00:00:00.000Z',
      tables: [...TABLE_NAMES],
    });
    expect(json('wellness.json')).toEqual([
      { id: '2024-06-01', date: '2024-06-01', restingHr: 48, notes: 'slept well', updatedAt: NOW, deletedAt: null },
    ]);
    expect(json(`streams/${ID}.json`)).toMatchObject({ streams: { power: [200, null, 210] } });
    expect(files['sources/aaaaaaaaaaaa-1001.fit']).toEqual(FIT_BYTES);
  });
});

describe('eraseAll', () => {
  it('empties every table and leaves the database usable', async () => {
    await eraseAll(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await saveImport(db, { ...emptyResult(), sessions: [testSession(A)] }, new Map())).toMatchObject({
      added: 1,
    });
  });
});
