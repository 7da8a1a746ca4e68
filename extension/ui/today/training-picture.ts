// What Today shows of the athlete's training (db's stored training log, to
// today): the counts behind the loads, the daily fitness/fatigue series, and
// yesterday's sessions.
import type { DayRow, LoadScore } from '../../../shared/analytics';
import type { SessionRow, StoredTraining } from '../../db';
import { loadEstimateNote } from '../common/estimate-note';

/** How many days the chart shows (docs/ui.md: "the fitness/fatigue/form chart for the last 90 days"). */
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

/** The picture of `training` read with its log ending `today` and the sessions of the day before. */
export function trainingPicture(training: StoredTraining, today: number): TrainingPicture {
  const note = loadEstimateNote(training.estimated.loads);
  return {
    sessions: training.sessions,
    unscored: training.unscored,
    estimated: note === null ? null : { count: training.estimated.count, note },
    today: training.log?.row(today) ?? null,
    days: training.log?.rows(today - CHART_DAYS + 1, today) ?? [],
    yesterday: training.onDay,
    withoutInputs: training.withoutInputs,
  };
}
