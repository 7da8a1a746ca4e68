// What `report` computes from the imported sessions, with the analytics
// library (shared/analytics): the profile (flags, else estimates), each
// session's load, the daily fitness/fatigue/form series over the imported
// span, weekly volume and personal records. The text and JSON reports both
// render this one object.
import {
  analyzeSession,
  dayNumber,
  estimateThresholds,
  loadEntry,
  recordProgression,
  scoreSession,
  sessionBests,
  TrainingLog,
  volumeByPeriod,
  withEstimates,
  type AthleteProfile,
  type DayRow,
  type LoadScore,
  type PeriodVolume,
  type RecordHistory,
} from '../../shared/analytics';
import type { Session } from '../../shared/model';

const NO_THRESHOLDS: AthleteProfile = { sex: null, thresholds: [] };

/** The given thresholds, and for every one not given an estimate from these sessions (marked estimated, with how). */
export function athleteProfile(sessions: readonly Session[], given: AthleteProfile = NO_THRESHOLDS): AthleteProfile {
  return withEstimates(given, estimateThresholds({ sessions }));
}

/** Each session's load with thresholds estimated from the set (what `import --json` writes). */
export function estimatedLoads(sessions: readonly Session[]): (LoadScore | null)[] {
  const profile = athleteProfile(sessions);
  return sessions.map((s) => scoreSession(s, profile));
}

export interface TrainingSummary {
  readonly profile: AthleteProfile;
  /** Aligned with the sessions. */
  readonly loads: readonly (LoadScore | null)[];
  /** Every day from the first session's to the last's. */
  readonly days: readonly DayRow[];
  readonly weeks: readonly PeriodVolume[];
  readonly records: readonly RecordHistory[];
}

export function summarizeTraining(sessions: readonly Session[], given: AthleteProfile): TrainingSummary {
  const profile = athleteProfile(sessions, given);
  const analyses = sessions.map((s) => analyzeSession(s, profile));
  const entries = sessions.map((s, i) => loadEntry(s, analyses[i]!.load));
  // A best of 0 W or 0 m is no record: files without a power meter often write power 0 (the GPX of a run).
  const bests = sessions
    .flatMap((s, i) => sessionBests(analyses[i]!, s.sport, dayNumber(s.start, s.utcOffsetS)))
    .filter((b) => b.better === 'lower' || b.value > 0);
  return {
    profile,
    loads: analyses.map((a) => a.load),
    days: TrainingLog.fromEntries(entries).rows(),
    weeks: volumeByPeriod(entries, 'week'),
    records: recordProgression(bests).sort(byRecordKind),
  };
}

export interface RecordKind {
  readonly family: string;
  readonly kind: 'distance' | 'power' | 'farthest';
  /** Metres for 'distance', seconds for 'power' and 'farthest'. */
  readonly n: number;
}

/** The parts of a record key, '<family>.<kind>.<n>' (shared/analytics days/records.ts); n may hold a dot (1609.344). */
export function recordKind(key: string): RecordKind {
  const [family = '', kind, ...n] = key.split('.');
  return { family, kind: kind as RecordKind['kind'], n: Number(n.join('.')) };
}

const KIND_ORDER: readonly RecordKind['kind'][] = ['distance', 'farthest', 'power'];

/** By sport, then distances, farthest-in-time, power, each shortest first (the library sorts keys as text: 10000 before 5000). */
function byRecordKind(a: RecordHistory, b: RecordHistory): number {
  const [x, y] = [recordKind(a.key), recordKind(b.key)];
  return x.family.localeCompare(y.family) || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.n - y.n;
}
