// Everything the AI's facts are built from, read from the local database in
// one pass: live sessions (summaries only, never samples) scored from their stored load
// inputs as Today scores them, the daily fitness/fatigue log, and the athlete's thresholds.
import { loadEntry, sessionRecord, TrainingLog, type AthleteProfile, type SessionRecord } from '../../shared/analytics';
import { readAthleteProfile, scoreStoredSession, toSession, type SessionRow, type SessionsDb } from '../db';

export interface TrainingData {
  /** Live sessions, oldest first. */
  readonly rows: readonly SessionRow[];
  /** The same sessions as the facts builder reads them, in the same order. */
  readonly records: readonly SessionRecord[];
  readonly profile: AthleteProfile;
  readonly log: TrainingLog;
}

export async function readTrainingData(db: SessionsDb, endDay?: number): Promise<TrainingData> {
  const [rows, profile] = await db.transaction('r', [db.sessions, db.profile, db.settings], () =>
    Promise.all([
      db.sessions
        .orderBy('start')
        .filter((r) => r.deletedAt === null)
        .toArray(),
      readAthleteProfile(db),
    ]),
  );
  const sessions = rows.map((row) => toSession(row, undefined));
  const loads = rows.map((row) => scoreStoredSession(row, profile));
  const records = sessions.map((s, i) => sessionRecord(s, loads[i] ?? null));
  const log = TrainingLog.fromEntries(
    sessions.map((s, i) => loadEntry(s, loads[i] ?? null)),
    endDay === undefined ? {} : { endDay },
  );
  return { rows, records, profile, log };
}
