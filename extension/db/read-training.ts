// The athlete's training as Today, the Plan and the AI read it: every live
// session (summaries only, never samples) scored from the load inputs kept on
// its row (scoreStoredSession), so a ride carries the same NP-based load
// everywhere, and the daily fitness/fatigue log built from those loads.
import {
  loadEntry,
  sessionRecord,
  TrainingLog,
  type AthleteProfile,
  type LoadScore,
  type SessionRecord,
} from '../../shared/analytics';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { profileWithEstimates } from './threshold-estimates';
import type { SessionRow } from './records';
import { scoreStoredSession, toSession } from './session-row';

export interface Training {
  /** Live sessions, oldest first. */
  readonly rows: readonly SessionRow[];
  /** Each row's load, null where no signal scores it (no threshold for its sport, no HR range, no RPE). */
  readonly loads: readonly (LoadScore | null)[];
  /** The same sessions as the facts builder reads them, in the same order. */
  readonly records: readonly SessionRecord[];
  readonly profile: AthleteProfile;
  /** Day by day to `endDay` when given, else to the last session's day. */
  readonly log: TrainingLog;
}

/** Reads the sessions and thresholds in one transaction, so the loads and the log agree. */
export async function readTraining(handle: SessionsDb, endDay?: number): Promise<Training> {
  const db = tablesOf(handle);
  // The thresholds set, plus those estimated from the library for the rest.
  const [rows, profile] = await db.transaction('r', [db.sessions, db.profile, db.settings], () =>
    Promise.all([db.sessions.orderBy('start').filter(isLive).toArray(), profileWithEstimates(db)]),
  );
  const sessions = rows.map((row) => toSession(row, undefined));
  const loads = rows.map((row) => scoreStoredSession(row, profile));
  const records = sessions.map((s, i) => sessionRecord(s, loads[i] ?? null));
  const log = TrainingLog.fromEntries(
    sessions.map((s, i) => loadEntry(s, loads[i] ?? null)),
    endDay === undefined ? {} : { endDay },
  );
  return { rows, loads, records, profile, log };
}
