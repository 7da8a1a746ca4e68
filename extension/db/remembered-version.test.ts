// The panel's database declares only its latest version when the page remembers it at that version, and still
// upgrades a database that is older.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSession } from './test-support/sessions';
import { Database, type SessionsDb, tablesOf } from './database';
import { countSessions } from './list-sessions';
import type { VersionMemo } from './remembered-version';
import { declareSchema, LATEST_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { toSessionRow } from './session-row';

const NAME = 'remembered';
const KEY = `sessionsai.db-version.${NAME}`;

function memoryMemo(): VersionMemo & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

const opened: SessionsDb[] = [];
const open = (factory: IDBFactory, memo: VersionMemo | null) => {
  const db = new Database(NAME, { indexedDB: factory, IDBKeyRange }, memo);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('the remembered schema version', () => {
  it('is written once the database is open at the latest version', async () => {
    const memo = memoryMemo();
    expect(await countSessions(open(new IDBFactory(), memo), {})).toBe(0);
    expect(memo.values.get(KEY)).toBe(String(LATEST_VERSION));
  });

  it('lets the next open declare the latest version alone, and read what was stored', async () => {
    const factory = new IDBFactory();
    const memo = memoryMemo();
    const first = open(factory, memo);
    await tablesOf(first).sessions.put(toSessionRow(testSession('a'), [], 1000).row);
    first.close();

    const declared = vi.spyOn(Dexie.prototype, 'version');
    const again = open(factory, memo);
    expect(declared).toHaveBeenCalledTimes(1);
    expect(await countSessions(again, {})).toBe(1);
    expect(
      tablesOf(again)
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(
      tablesOf(first)
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  it('creates a new database with every table from the latest version alone', async () => {
    const memo = memoryMemo();
    memo.setItem(KEY, String(LATEST_VERSION));
    const db = open(new IDBFactory(), memo);
    expect(await countSessions(db, {})).toBe(0);
    const stores = [...tablesOf(db).backendDB().objectStoreNames].sort();
    expect(stores).toEqual([...new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)))].sort());
  });

  it('refuses a database older than remembered with a clear error, and the next open upgrades it', async () => {
    const factory = new IDBFactory();
    const older = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    declareSchema(
      older,
      SCHEMA_VERSIONS.filter((v) => v.version < LATEST_VERSION),
    );
    await older.table('sessions').put(toSessionRow(testSession('a'), [], 1000).row);
    older.close();
    const memo = memoryMemo();
    memo.setItem(KEY, String(LATEST_VERSION));

    await expect(countSessions(open(factory, memo), {})).rejects.toThrow(
      `the database is older than version ${LATEST_VERSION}, which this page remembered: reopen the panel to upgrade it`,
    );
    expect(memo.values.has(KEY)).toBe(false);

    const reopened = open(factory, memo);
    expect(await tablesOf(reopened).sessions.get('a')).toMatchObject({ id: 'a' });
    expect(tablesOf(reopened).verno).toBe(LATEST_VERSION);
    expect(memo.values.get(KEY)).toBe(String(LATEST_VERSION));
  });
});
