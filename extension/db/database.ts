// The one local database. Its schema lives in schema-versions.ts; this class
// declares those versions, keeps the sessions' live index true on every write
// (live-index.ts), and names the tables for TypeScript.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
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
import { liveIndexMiddleware } from './live-index';
import { declareSchema, SCHEMA_VERSIONS } from './schema-versions';

export const DEFAULT_DB_NAME = 'sessionsai';

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb in tests. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export class SessionsDb extends Dexie {
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

  constructor(name: string = DEFAULT_DB_NAME, deps: IndexedDbDeps = {}) {
    super(name, deps);
    declareSchema(this, SCHEMA_VERSIONS);
    this.use(liveIndexMiddleware);
  }
}
