// What the Progress view reads: every session's bests (power by duration,
// fastest distances, farthest in a time), the daily training picture with
// ramp rate, ACWR, monotony and strain, volume by week and month, and
// wellness. Bests need samples: they are read in batches and only the small
// bests are kept, so the library's samples are never held at once.
import {
  analyzeSession,
  dayNumber,
  loadEntry,
  sessionBests,
  TrainingLog,
  volumeByPeriod,
  type DayRow,
  type PeriodVolume,
  type SessionBest,
  type WellnessDay,
} from '../../shared/analytics';
import type { Sport } from '../../shared/model';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { toSession, scoreStoredSession } from './session-row';
import { readAthleteProfile } from './threshold-estimates';

export interface ProgressSession {
  readonly id: string;
  readonly day: number;
  readonly sport: Sport;
  readonly title: string | null;
  readonly start: number;
  readonly utcOffsetS: number | null;
}

export interface ProgressData {
  readonly sessions: ReadonlyMap<string, ProgressSession>;
  readonly bests: readonly SessionBest[];
  /** Every day from the first session to `today`, oldest first. */
  readonly days: readonly DayRow[];
  readonly weeks: readonly PeriodVolume[];
  readonly months: readonly PeriodVolume[];
  readonly wellness: readonly WellnessDay[];
  /** The log itself, for the wellness correlation. */
  readonly log: TrainingLog;
}

const BATCH = 50;

export async function readProgressData(handle: SessionsDb, today: number): Promise<ProgressData> {
  const db = tablesOf(handle);
  const [rows, profile, wellnessRows] = await Promise.all([
    db.sessions.orderBy('start').filter(isLive).toArray(),
    readAthleteProfile(handle),
    db.wellness.filter(isLive).toArray(),
  ]);
  const sessions = new Map<string, ProgressSession>();
  const bests: SessionBest[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const samples = await db.streams.bulkGet(batch.map((r) => r.id));
    batch.forEach((row, j) => {
      const day = dayNumber(row.start, row.utcOffsetS);
      sessions.set(row.id, {
        id: row.id,
        day,
        sport: row.sport,
        title: row.title,
        start: row.start,
        utcOffsetS: row.utcOffsetS,
      });
      const stored = samples[j];
      if (stored === undefined || stored.deletedAt !== null) return;
      const analysis = analyzeSession(toSession(row, stored.streams), profile, { streams: stored.streams });
      bests.push(...sessionBests(analysis, row.sport, day));
    });
  }
  const entries = rows.map((row) => loadEntry(toSession(row, undefined), scoreStoredSession(row, profile)));
  const log = TrainingLog.fromEntries(entries, { endDay: today });
  return {
    sessions,
    bests,
    days: rows.length === 0 ? [] : log.rows(),
    weeks: volumeByPeriod(entries, 'week'),
    months: volumeByPeriod(entries, 'month'),
    wellness: wellnessRows,
    log,
  };
}
