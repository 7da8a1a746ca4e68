// `report --json`: one JSON document. A public interface like session-json.ts,
// whose session objects it reuses; report-json.test.ts pins its keys. Loads,
// fitness, fatigue, form and record values are written to 0.01; dates are the
// athlete's local calendar days, 'YYYY-MM-DD'.
//
// {
//   sessions:   [SessionJson, ...]                      oldest first, each with load {value, method, estimated, basis} | null
//   days:       [{date, load, ctl, atl, tsb}, ...]      every day from the first session's to the last's
//   records:    [{key, label, unit, better, date, value, sessionId,
//                 progression: [{date, value, sessionId}, ...]}, ...]
//               key: '<sport family>.<kind>.<n>': kind 'distance' (fastest n metres, value in s),
//               'power' (best n-second mean power, W), 'farthest' (most metres in n seconds, m);
//               progression: each time the record was set or beaten, oldest first (the last is date/value).
//   weeks:      [{week, sessions, movingS, distanceM, load, bySport: {cycling: {sessions, movingS, distanceM, load}}}, ...]
//               week: the ISO week's Monday
//   thresholds: {ftp, thresholdHr, maxHr, restHr, thresholdRunSpeed, swimCss, weight: {value, estimated, how} | null,
//                sex: 'male' | 'female' | null, trimpK}   SI units (W, bpm, m/s, kg); how says where a value came from
//   workouts:   [{file, title, sport, steps}, ...]       planned workouts in workout files (FIT workouts); steps as
//               shared/model/workout.ts writes them (durationS, distanceM, target {kind, low, high | zone}, intensity,
//               label; a repeat is {times, steps})
// }
import {
  dayToIsoDate,
  THRESHOLD_KEYS,
  trimpSexFactor,
  type DayRow,
  type RecordHistory,
  type SessionBest,
  type SportVolume,
  type ThresholdKey,
} from '../../shared/analytics';
import type { PeriodVolume } from '../../shared/analytics';
import type { ImportedWorkout, Session } from '../../shared/model';
import { hundredths, sessionJson, type SessionJson } from './session-json';
import type { TrainingSummary } from './training-summary';

export interface DayJson {
  readonly date: string;
  readonly load: number;
  /** Fitness: 42-day exponentially weighted load. */
  readonly ctl: number;
  /** Fatigue: 7-day exponentially weighted load. */
  readonly atl: number;
  /** Form: yesterday's ctl - atl. */
  readonly tsb: number;
}

export interface RecordPointJson {
  readonly date: string;
  readonly value: number;
  readonly sessionId: string;
}

export interface RecordJson extends RecordPointJson {
  readonly key: string;
  readonly label: string;
  readonly unit: SessionBest['unit'];
  readonly better: SessionBest['better'];
  readonly progression: readonly RecordPointJson[];
}

export interface VolumeJson {
  readonly sessions: number;
  readonly movingS: number;
  readonly distanceM: number;
  readonly load: number;
}

export interface WeekJson extends VolumeJson {
  readonly week: string;
  readonly bySport: Readonly<Record<string, VolumeJson>>;
}

export interface ThresholdJson {
  readonly value: number;
  readonly estimated: boolean;
  readonly how: string | null;
}

export type ThresholdsJson = { readonly [K in ThresholdKey]: ThresholdJson | null } & {
  readonly sex: 'male' | 'female' | null;
  /** Banister's TRIMP constant the heart-rate loads used. */
  readonly trimpK: number;
};

export interface ReportJson {
  readonly sessions: readonly SessionJson[];
  readonly days: readonly DayJson[];
  readonly records: readonly RecordJson[];
  readonly weeks: readonly WeekJson[];
  readonly thresholds: ThresholdsJson;
  readonly workouts: readonly Omit<ImportedWorkout, 'contentHash'>[];
}

const dayJson = (d: DayRow): DayJson => ({
  date: d.date,
  load: hundredths(d.load),
  ctl: hundredths(d.ctl),
  atl: hundredths(d.atl),
  tsb: hundredths(d.tsb),
});

const pointJson = (b: SessionBest): RecordPointJson => ({
  date: dayToIsoDate(b.day),
  value: hundredths(b.value),
  sessionId: b.sessionId,
});

function recordJson(r: RecordHistory): RecordJson {
  const best = r.progression[r.progression.length - 1]!;
  return {
    key: r.key,
    label: r.label,
    unit: r.unit,
    better: best.better,
    ...pointJson(best),
    progression: r.progression.map(pointJson),
  };
}

const volumeJson = (v: SportVolume): VolumeJson => ({
  sessions: v.sessions,
  movingS: v.movingS,
  distanceM: hundredths(v.distanceM),
  load: hundredths(v.load),
});

const weekJson = (w: PeriodVolume): WeekJson => ({
  week: w.period,
  ...volumeJson(w.total),
  bySport: Object.fromEntries(Object.entries(w.bySport).map(([sport, v]) => [sport, volumeJson(v)])),
});

function thresholdsJson({ profile }: TrainingSummary): ThresholdsJson {
  // The CLI's profile holds at most one entry per key: a flag, else an estimate.
  const entries = Object.fromEntries(
    THRESHOLD_KEYS.map((key) => {
      const e = profile.thresholds.find((t) => t.key === key);
      return [key, e ? { value: e.value, estimated: e.estimated ?? false, how: e.how ?? null } : null];
    }),
  ) as { [K in ThresholdKey]: ThresholdJson | null };
  return { ...entries, sex: profile.sex, trimpK: trimpSexFactor(profile.sex) };
}

export function reportJson(
  sessions: readonly Session[],
  summary: TrainingSummary,
  workouts: readonly ImportedWorkout[] = [],
): ReportJson {
  return {
    sessions: sessions.map((s, i) => sessionJson(s, { streams: false, load: summary.loads[i] ?? null })),
    days: summary.days.map(dayJson),
    records: summary.records.map(recordJson),
    weeks: summary.weeks.map(weekJson),
    thresholds: thresholdsJson(summary),
    workouts: workouts.map(({ file, title, sport, steps }) => ({ file, title, sport, steps })),
  };
}
