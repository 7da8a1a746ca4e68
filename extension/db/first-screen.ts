// The door the side panel's first screen goes through: its frame, Today and
// the session list, the part of the panel its page loads at startup. The same
// reads and writes as index.ts, fewer of them: the bundler puts every module a
// barrel re-exports in the page's startup chunk, whether the page calls it or
// not, so going through index.ts loaded sync's store, the export, the erase and
// the AI's ledger with the first screen (docs/ui.md, "The panel loads only its
// first screen"; tests/panel-startup.test.ts keeps it so).
export { openPanelDatabase, startOpening } from './database';
export type { SessionsDb } from './database';
export type { NoteRow, SessionRow, WellnessRow } from './records';
export { countSessions, listSessions } from './list-sessions';
export type { SessionFilter } from './list-sessions';
export { listPlans } from './read-plans';
export { getWellness } from './read-wellness';
export { listDatedNotes, listReflections, listSessionNotes } from './read-notes';
export { isManual, saveManualSession } from './manual-session';
export { deleteRecord, saveRecord } from './save-record';
export { hasDemoSeason, removeDemoSeason } from './demo-season';
export type { DemoCounts } from './demo-season';
export { scoreStoredSession } from './session-row';
export { fillLoadInputs } from './fill-load-inputs';
export { readAthleteProfile, readLatestSessionChange, refreshStaleEstimates } from './threshold-estimates';
export { formGoal, readFormChoice } from './form-choice';
export { readStoredTraining, updateTrainingLog } from './stored-training';
