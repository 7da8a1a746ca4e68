// The local database's public API, and the only door to IndexedDB: callers
// outside db/ hold a SessionsDb, an opaque handle from openDatabase, and pass
// it to the named reads and writes below; no table is reachable from here.
// Reads leave deleted rows (tombstones) out in one place (live.ts). Every
// write goes through write-rows.ts, which notes the change in the outbox
// (queueSync) in the same transaction, so sync pushes exactly what changed.
export { DEFAULT_DB_NAME, openDatabase, startOpening } from './database';
export type { IndexedDbDeps, SessionsDb } from './database';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './schema-versions';
export type { SchemaVersion } from './schema-versions';
export { EDITABLE_FIELDS, SYNCED_TABLES, TABLE_NAMES } from './records';
export type {
  EditableField,
  ImportedValues,
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
export { prepareSessions } from './prepare-sessions';
export { pickChannelSource } from './pick-channel-source';
export type { SaveImportOutcome, SourceBytes } from './save-import';
export { countSessions, listSessions } from './list-sessions';
export type { SessionFilter, SessionPage } from './list-sessions';
export { getSession, getSessions, getStreams } from './read-session';
export { readScoredSessions, readTraining } from './read-training';
export type { ScoredSessions, Training } from './read-training';
export { athleteProfile, listThresholds } from './read-profile';
export { listPlans } from './read-plans';
export { getWellness, listWellness } from './read-wellness';
export { listDatedNotes, listReflections, listSessionNotes } from './read-notes';
export { getInsight } from './read-insight';
export { importedActivityIds } from './imported-activity-ids';
export { revertCorrection, updateSession } from './update-session';
export type { SessionPatch } from './update-session';
export { deleteSession } from './delete-session';
export { isManual, saveManualSession } from './manual-session';
export type { ManualEntry } from './manual-session';
export { deleteRecord, saveRecord, saveRecords } from './save-record';
export type { RecordInput, RecordTable } from './save-record';
export { DEMO_SETTING_ID, hasDemoSeason, removeDemoSeason, storeDemoSeason } from './demo-season';
export type { DemoCounts, DemoManifest, DemoRows } from './demo-season';
export { exportAll, sourcePath } from './export-all';
export type { ExportedFile, LocalExport } from './export-all';
export { exportZip, localZipEntries } from './export-zip';
export { sessionMetrics, thresholdHistory } from './export-metrics';
export type { SessionMetrics, ThresholdHistory } from './export-metrics';
export { eraseAll } from './erase-all';
export { eraseCounts } from './erase-counts';
export type { EraseCounts } from './erase-counts';
export { toSession } from './session-row';
export { scoreStoredSession, withCorrectedLoad } from './session-row';
export { fillLoadInputs } from './fill-load-inputs';
export { toJson } from './to-json';
export type { Json } from './to-json';
// Sync's door (extension/sync): rows as the server holds them, the next batch to push, this device's sync state.
export { applyPushAnswer, applyServerRows, filesToFetch, storeFetchedFile } from './sync-store';
export { settleSyncedFiles } from './sync-kept-files';
export type { FileToFetch } from './sync-store';
export { MAX_BATCH_FILE_BYTES, takePushBatch } from './sync-push-batch';
export type { PushBatch } from './sync-push-batch';
export {
  countWaiting,
  lastSyncedAt,
  lastSyncFailure,
  markSynced,
  recordSyncFailure,
  syncCursor,
  syncDeviceId,
  syncsHere,
} from './sync-state';
export type { StoredSyncFailure } from './sync-state';
export { contentOfBytes } from './sync-fields';
export { watchLocalChanges } from './watch-local-changes';
export {
  closeThresholdSuggestion,
  readAthleteProfile,
  readLatestSessionChange,
  readThresholdEstimates,
  readThresholdSuggestions,
  refreshStaleEstimates,
  refreshThresholdEstimates,
  thresholdEstimatesStale,
} from './threshold-estimates';
export type { StoredEstimates, ThresholdSuggestion } from './threshold-estimates';
export { readProgressData } from './progress-data';
export type { ProgressData, ProgressSession } from './progress-data';
export { PRIVATE_DB_NAME, privateValues } from './private-values';
export type { PrivateValues } from './private-values';
export { eraseAiRequests, listAiRequests, recordAiRequest } from './ai-ledger';
export type { AiRequestEntry } from './ai-ledger';
export type { AiRequestRow } from './records';
export { PRIVACY_CHOICES_ID, readPrivacyChoices, recordPrivacyChoice, syncPaused } from './privacy-choices';
export type { PrivacyChoice } from './privacy-choices';
export { DEFAULT_FORM_CHOICE, formGoal, readFormChoice, saveFormChoice } from './form-choice';
export type { FormChoice } from './form-choice';
export { readStoredTraining, readTrainingLog, sessionsOnDays, updateTrainingLog } from './stored-training';
export type { StoredTraining } from './stored-training';
export { originalBytes } from './original-bytes';
