// The analytics cases of issue 3 ("Across days"), declared as data: a
// generated 10-year history of 5,000 stored session summaries (no files, no
// samples), scored and turned into the daily fitness/fatigue/form series from
// scratch, then changed one session at a time. The session changed is the
// oldest, the worst case: the series is re-derived from its day to the end.
import {
  loadEntry,
  MS_PER_DAY,
  scoreSession,
  TrainingLog,
  type AthleteProfile,
  type ThresholdEntry,
} from '../shared/analytics';
import { makeSession } from '../shared/analytics/test-support';
import { epochMs, meters, seconds, watts, type Session, type Sport } from '../shared/model';

export const SESSIONS = 5000;
const YEARS = 10;
const FIRST_START = Date.UTC(2015, 0, 1, 6);

/** Park-Miller LCG: the same history on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/**
 * Rides with average power, runs and swims with distance: the three summary-only scoring paths, spread over
 * 10 years. Also the side panel bench's stored sessions, at more than one library size.
 */
export function generateHistory(count = SESSIONS): Session[] {
  const next = random(42);
  const days = Math.round(YEARS * 365.25);
  const sports: readonly Sport[] = ['cycling', 'running', 'swimming'];
  return Array.from({ length: count }, (_, i) => {
    const sport = sports[Math.floor(next() * 3)]!;
    const movingS = seconds(Math.round(1800 + next() * 9000));
    const speed = sport === 'cycling' ? 8 : sport === 'running' ? 3 : 1.2;
    return makeSession({
      id: `s${i}`,
      sport,
      start: epochMs(FIRST_START + Math.floor((i / count) * days) * MS_PER_DAY),
      elapsedS: movingS,
      movingS,
      distanceM: meters(Math.round(movingS * speed * (0.8 + next() * 0.4))),
      avgPowerW: sport === 'cycling' ? watts(Math.round(150 + next() * 120)) : null,
    });
  });
}

/** FTP rising every year, so every session is scored with the threshold of its own date. */
function profile(): AthleteProfile {
  const yearly = (key: ThresholdEntry['key'], first: number, step: number) =>
    Array.from({ length: YEARS }, (_, y) => ({ key, value: first + step * y, from: Date.UTC(2015 + y, 0, 1) }));
  return {
    sex: 'male',
    thresholds: [...yearly('ftp', 220, 5), ...yearly('thresholdRunSpeed', 3.8, 0.02), ...yearly('swimCss', 1.3, 0.01)],
  };
}

export interface AnalyticsCase {
  readonly name: string;
  readonly targetMs: number;
  /** Builds the starting state and returns the timed operation, and what to run untimed before each call. */
  readonly prepare: () => { readonly run: () => unknown; readonly before?: () => void };
}

const history = generateHistory();
const athlete = profile();
const entryOf = (s: Session) => loadEntry(s, scoreSession(s, athlete));
const fullRecompute = () => TrainingLog.fromEntries(history.map(entryOf));
const oldest = history[0]!;

export const ANALYTICS_CASES: readonly AnalyticsCase[] = [
  {
    name: `full recompute: score ${SESSIONS.toLocaleString('en-US')} summaries, build ${YEARS} years of days`,
    targetMs: 50,
    prepare: () => ({ run: fullRecompute }),
  },
  {
    name: 'incremental: add a session on the first day',
    targetMs: 5,
    prepare: () => {
      const log = fullRecompute();
      const added = { ...oldest, id: 'added' };
      return { before: () => log.remove(added.id), run: () => log.upsert(entryOf(added)) };
    },
  },
  {
    name: 'incremental: edit the first session (its power)',
    targetMs: 5,
    prepare: () => {
      const log = fullRecompute();
      const versions = [oldest, { ...oldest, avgPowerW: watts(300) }];
      let i = 0;
      return { run: () => log.upsert(entryOf(versions[i++ % 2]!)) };
    },
  },
  {
    name: 'incremental: delete the first session',
    targetMs: 5,
    prepare: () => {
      const log = fullRecompute();
      return { before: () => log.upsert(entryOf(oldest)), run: () => log.remove(oldest.id) };
    },
  },
];
