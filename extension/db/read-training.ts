// The athlete's training as the AI reads it: every live session (summaries
// only, never samples) scored from the load inputs kept on its row
// (scoreStoredSession), so a ride carries the same NP-based load everywhere.
// readTraining also builds the daily fitness/fatigue log from those loads:
// the full rebuild the stored log (stored-training.ts), which the views and
// the AI read, must always equal.
import { loadEntry } from '../../shared/analytics/days/load-entry';
import { sessionRecord, type SessionRecord } from '../../shared/analytics/facts/types';
import { TrainingLog } from '../../shared/analytics/days/training-log';
import type { AthleteProfile } from '../../shared/analytics/profile/types';
import type { LoadScore } from '../../shared/analytics/session/score-load';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { profileWithEstimates } from './threshold-estimates';
import type { SessionRow } from './records';
import { scoreStoredSession, toSession } from './session-row';

export interface ScoredSessions {
  /** Live sessions, oldest first. */
  readonly rows: readonly SessionRow[];
  /** Each row's load, null where no signal scores it (no threshold for its sport, no HR range, no RPE). */
  readonly loads: readonly (LoadScore | null)[];
  /** The same sessions as the facts builder reads them, in the same order. */
  readonly records: readonly SessionRecord[];
  readonly profile: AthleteProfile;
}

export interface Training extends ScoredSessions {
  /** Day by day to `endDay` when given, else to the last session's day. */
  readonly log: TrainingLog;
}

/**
 * Every live session scored, without the log: the AI's history, which takes its log from the stored one
 * (readTrainingLog in stored-training.ts) instead of building it again.
 */
export async function readScoredSessions(handle: SessionsDb): Promise<ScoredSessions> {
  const db = tablesOf(handle);
  // The thresholds set, plus those estimated from the library for the rest.
  const [rows, profile] = await db.transaction('r', [db.sessions, db.profile, db.settings], () =>
    Promise.all([db.sessions.orderBy('start').filter(isLive).toArray(), profileWithEstimates(db)]),
  );
  const loads = rows.map((row) => scoreStoredSession(row, profile));
  const records = rows.map((row, i) => sessionRecord(toSession(row, undefined), loads[i] ?? null));
  return { rows, loads, records, profile };
}

/** Reads the sessions and thresholds in one transaction, so the loads and the log agree; the log built from them all. */
export async function readTraining(handle: SessionsDb, endDay?: number): Promise<Training> {
  const scored = await readScoredSessions(handle);
  const log = TrainingLog.fromEntries(
    scored.rows.map((row, i) => loadEntry(toSession(row, undefined), scored.loads[i] ?? null)),
    endDay === undefined ? {} : { endDay },
  );
  return { ...scored, log };
}
