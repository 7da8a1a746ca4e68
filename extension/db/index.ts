// The local database's public API: the extension imports from here.
export { DEFAULT_DB_NAME, SessionsDb } from './database';
export type { IndexedDbDeps } from './database';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './schema-versions';
export type { SchemaVersion } from './schema-versions';
export { EDITABLE_FIELDS, SYNCED_TABLES, TABLE_NAMES } from './records';
export type {
  EditableField,
  InsightRow,
  NoteRow,
  OutboxRow,
  PlanRow,
  ProfileRow,
  SessionRow,
  SettingRow,
  SourceRow,
  StreamsRow,
  SyncedTable,
  SyncMeta,
  SyncStateRow,
  TableName,
  WellnessRow,
} from './records';
export { saveImport } from './save-import';
export type { SaveImportOutcome, SourceBytes } from './save-import';
export { countSessions, listSessions } from './list-sessions';
export type { SessionFilter, SessionPage } from './list-sessions';
export { getSession, getStreams } from './read-session';
export { updateSession } from './update-session';
export type { SessionPatch } from './update-session';
export { deleteSession } from './delete-session';
export { deleteRecord, saveRecord } from './save-record';
export type { RecordInput, RecordTable } from './save-record';
export { exportAll, sourcePath } from './export-all';
export type { ExportedFile, LocalExport } from './export-all';
export { exportZip } from './export-zip';
export { eraseAll } from './erase-all';
export { toSession } from './session-row';
export { scoreStoredSession } from './session-row';
export { fillLoadInputs } from './fill-load-inputs';
export type { Json } from './to-json';
export {
  closeThresholdSuggestion,
  readAthleteProfile,
  readThresholdEstimates,
  readThresholdSuggestions,
  refreshThresholdEstimates,
  thresholdEstimatesStale,
} from './threshold-estimates';
export type { StoredEstimates, ThresholdSuggestion } from './threshold-estimates';
export { readProgressData } from './progress-data';
export type { ProgressData, ProgressSession } from './progress-data';
