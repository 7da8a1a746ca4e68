// What Today needs from the sessions table: every session's load, the daily
// fitness/fatigue series to today, and yesterday's sessions. listSessions is
// paged for the list, and the series needs every row, so this reads
// db.sessions in one pass. Only summaries are read (never samples), so a
// session with power samples is scored from its average power here, as the
// analytics do for a summary without samples.
import { loadEntry, scoreSession, TrainingLog, type AthleteProfile, type DayRow, type LoadScore } from '../../../shared/analytics';
import { toSession, type SessionRow, type SessionsDb } from '../../db';

/** How many days the chart shows (UI.md: "the fitness/fatigue/form chart for the last 90 days"). */
export const CHART_DAYS = 90;

export interface ScoredSession {
  readonly row: SessionRow;
  readonly load: LoadScore | null;
}

export interface TrainingPicture {
  /** Live sessions stored. */
  readonly sessions: number;
  /** Sessions no signal could score (no threshold for their sport, no HR range, no RPE). */
  readonly unscored: number;
  /** Today's row; null without any session. */
  readonly today: DayRow | null;
  /** The last CHART_DAYS days ending today, oldest first; days before the first session are left out. */
  readonly days: readonly DayRow[];
  /** Sessions that started yesterday (local day), earliest first. */
  readonly yesterday: readonly ScoredSession[];
}

export async function readTrainingPicture(db: SessionsDb, today: number): Promise<TrainingPicture> {
  const [rows, thresholds] = await db.transaction('r', [db.sessions, db.profile], () =>
    Promise.all([db.sessions.orderBy('start').filter((r) => r.deletedAt === null).toArray(), db.profile.filter((t) => t.deletedAt === null).toArray()]),
  );
  const profile: AthleteProfile = { sex: null, thresholds };
  const scored = rows.map((row) => {
    const session = toSession(row, undefined);
    return { row, session, load: scoreSession(session, profile) };
  });
  const entries = scored.map((s) => loadEntry(s.session, s.load));
  const log = TrainingLog.fromEntries(entries, { endDay: today });
  const yesterday = scored.filter((_, i) => entries[i]!.day === today - 1).map(({ row, load }) => ({ row, load }));
  return {
    sessions: rows.length,
    unscored: scored.filter((s) => s.load === null).length,
    today: log.row(today),
    days: log.rows(today - CHART_DAYS + 1, today),
    yesterday,
  };
}

