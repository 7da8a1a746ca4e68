// The one local database. Its schema lives in schema-versions.ts; this class
// declares those versions, keeps the sessions' live index true on every write
// (live-index.ts), and names the tables for TypeScript. Only db/ sees the
// class: callers hold a SessionsDb, a handle without tables.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  AiRequestRow,
  InsightRow,
  NoteRow,
  OutboxRow,
  PlanRow,
  ProfileRow,
  SessionRow,
  SettingRow,
  SourceRow,
  StreamsRow,
  SyncStateRow,
  WellnessRow,
} from './records';
import type { TrainingLoadRow, TrainingLogRow } from './stored-training';
import { liveIndexMiddleware } from './live-index';
import { changeStampMiddleware, type SessionChangeRow } from './change-stamp';
import { type LibraryCountRow, liveCountMiddleware } from './live-count';
import { declareRemembered, type VersionMemo } from './remembered-version';
import { streamsPackingMiddleware } from './streams-packing';

export const DEFAULT_DB_NAME = 'sessionsai';

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb in tests. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export class Database extends Dexie {
  // `declare`: Dexie creates the table properties itself; a class field would reset them.
  declare readonly sessions: Table<SessionRow, string>;
  declare readonly streams: Table<StreamsRow, string>;
  declare readonly sources: Table<SourceRow, string>;
  declare readonly wellness: Table<WellnessRow, string>;
  declare readonly plans: Table<PlanRow, string>;
  declare readonly notes: Table<NoteRow, string>;
  declare readonly profile: Table<ProfileRow, string>;
  declare readonly settings: Table<SettingRow, string>;
  declare readonly insights: Table<InsightRow, string>;
  declare readonly outbox: Table<OutboxRow, string>;
  declare readonly syncState: Table<SyncStateRow, string>;
  declare readonly aiRequests: Table<AiRequestRow, string>;
  declare readonly sessionChanges: Table<SessionChangeRow, string>;
  declare readonly trainingLoads: Table<TrainingLoadRow, string>;
  declare readonly trainingLog: Table<TrainingLogRow, string>;
  declare readonly libraryCounts: Table<LibraryCountRow, string>;

  /** `memo`: where the page remembers the version the database was last opened at (remembered-version.ts). */
  constructor(name: string = DEFAULT_DB_NAME, deps: IndexedDbDeps = {}, memo: VersionMemo | null = null) {
    super(name, deps);
    declareRemembered(this, name, memo);
    this.use(liveIndexMiddleware);
    this.use(changeStampMiddleware);
    this.use(streamsPackingMiddleware);
    this.use(liveCountMiddleware);
  }
}

/** The database as callers outside db/ hold it: passed to db functions, opened and closed, never queried. */
export interface SessionsDb {
  close(): void;
  delete(): Promise<void>;
}

/** Opens (lazily, on first use) the database named `name`. */
export function openDatabase(name: string = DEFAULT_DB_NAME, deps: IndexedDbDeps = {}): SessionsDb {
  return new Database(name, deps);
}

/** The side panel's database, declared as fast as `memo`, the page's localStorage, allows (remembered-version.ts). */
export function openPanelDatabase(memo: VersionMemo): SessionsDb {
  return new Database(DEFAULT_DB_NAME, {}, memo);
}

/**
 * Starts opening the database now rather than at its first read, so that reads issued after the page's first render
 * find it open or nearly. A failure surfaces on those reads, exactly as when the first read opens it (Dexie does the
 * same `open()` then).
 */
export function startOpening(handle: SessionsDb): void {
  tablesOf(handle)
    .open()
    .catch(() => undefined);
}

/** The tables behind a handle: for db/ only. */
export function tablesOf(handle: SessionsDb): Database {
  if (handle instanceof Database) return handle;
  throw new TypeError('Not a database opened by openDatabase');
}
