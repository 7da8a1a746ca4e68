// What Today needs from the sessions table: every session's load, the daily
// fitness/fatigue series to today, and yesterday's sessions. listSessions is
// paged for the list, and the series needs every row, so this reads
// db.sessions in one pass. Rows only, never samples: each is scored from the
// inputs its samples gave when it was stored (scoreStoredSession), so a ride
// carries the same NP-based load here as in its detail.
import { loadEntry, TrainingLog, type DayRow, type LoadScore } from '../../../shared/analytics';
import { readAthleteProfile, scoreStoredSession, toSession, type SessionRow, type SessionsDb } from '../../db';
import { loadEstimateNote } from '../detail/estimate-note';

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
  /** Sessions whose load rests on an estimated threshold, and what the athlete can set to make them exact; null when none. */
  readonly estimated: { readonly count: number; readonly note: string } | null;
  /** Today's row; null without any session. */
  readonly today: DayRow | null;
  /** The last CHART_DAYS days ending today, oldest first; days before the first session are left out. */
  readonly days: readonly DayRow[];
  /** Sessions that started yesterday (local day), earliest first. */
  readonly yesterday: readonly ScoredSession[];
  /** Sessions stored before rows kept their load inputs: scored from their summaries until fillLoadInputs has read their samples. */
  readonly withoutInputs: readonly string[];
}

function estimatedLoads(loads: readonly (LoadScore | null)[]): TrainingPicture['estimated'] {
  const estimated = loads.filter((load) => load?.estimated === true);
  const note = loadEstimateNote(estimated);
  return note === null ? null : { count: estimated.length, note };
}

export async function readTrainingPicture(db: SessionsDb, today: number): Promise<TrainingPicture> {
  const [rows, profile] = await db.transaction('r', [db.sessions, db.profile, db.settings], () =>
    Promise.all([
      db.sessions
        .orderBy('start')
        .filter((r) => r.deletedAt === null)
        .toArray(),
      // The thresholds set, plus those estimated from the library for the rest.
      readAthleteProfile(db),
    ]),
  );
  const scored = rows.map((row) => {
    const session = toSession(row, undefined);
    return { row, session, load: scoreStoredSession(row, profile) };
  });
  const entries = scored.map((s) => loadEntry(s.session, s.load));
  const log = TrainingLog.fromEntries(entries, { endDay: today });
  const yesterday = scored.filter((_, i) => entries[i]!.day === today - 1).map(({ row, load }) => ({ row, load }));
  return {
    sessions: rows.length,
    unscored: scored.filter((s) => s.load === null).length,
    estimated: estimatedLoads(scored.map((s) => s.load)),
    today: log.row(today),
    days: log.rows(today - CHART_DAYS + 1, today),
    yesterday,
    withoutInputs: rows.filter((row) => row.loadInputs === undefined).map((row) => row.id),
  };
}
