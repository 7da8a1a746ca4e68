// A generated season for a newcomer without a watch (docs/ui.md, "First minute"):
// 16 weeks ending this week of rides, runs and swims, each a full session
// with 1 Hz samples and laps; the plan they follow (a few sessions missed,
// the rest of this week still ahead); their mornings; and their thresholds.
// Deterministic: the same day and time zone give the same season.
import {
  dayToIsoDate,
  isoDateToDay,
  weekStartDay,
  type PlannedSession,
  type ThresholdEntry,
  type WellnessDay,
  MS_PER_DAY,
} from '../../../shared/analytics';
import { seconds, type Lap, type Session, type SubSport } from '../../../shared/model';
import { BUILD_FTP, DEMO_ATHLETE, demoThresholds } from './demo-athlete';
import { demoWellness } from './demo-wellness';
import { seededRandom } from './seeded-random';
import { demoSummarizer } from './summarize-samples';
import { synthesizeStreams } from './synthesize-streams';
import { BASE_WEEKS, plannedWorkout, SEASON_WEEKS, type Workout } from './week-plan';

export interface DemoSeasonOptions {
  /** The athlete's local date today, 'YYYY-MM-DD': the season's last week is this one. */
  readonly today: string;
  /** The athlete's UTC offset in seconds, so sessions start at local morning and evening hours. */
  readonly utcOffsetS: number;
}

export interface DemoSeason {
  readonly sessions: readonly Session[];
  readonly plans: readonly PlannedSession[];
  readonly wellness: readonly WellnessDay[];
  readonly thresholds: readonly ThresholdEntry[];
}

const SEED = 2026;
/** The share of planned sessions a newcomer misses. */
const MISSED = 0.1;
/** Steady blocks longer than this are split into laps, as a device's auto-lap would. */
const AUTO_LAP_S = 20 * 60;

const SUB_SPORT: Record<Workout['sport'], SubSport> = { cycling: 'road', running: 'generic', swimming: 'lap_swimming' };

function planOf(workout: Workout, date: string, ftp: number): PlannedSession {
  return {
    id: `demo-plan-${date}-${workout.sport}`,
    date,
    sport: workout.sport,
    title: workout.title,
    targetDurationS: workout.steps.reduce((sum, s) => sum + s.minutes * 60, 0),
    steps: workout.steps.map((s) => ({
      durationS: s.minutes * 60,
      label: s.label,
      ...(workout.sport === 'cycling' && {
        target: {
          kind: 'power' as const,
          low: Math.round(ftp * (s.intensity - 0.03)),
          high: Math.round(ftp * (s.intensity + 0.03)),
        },
      }),
    })),
  };
}

/** Lap boundaries: every step, long steps cut every AUTO_LAP_S. */
function lapStarts(stepStarts: readonly number[]): number[] {
  const starts: number[] = [];
  for (let j = 0; j + 1 < stepStarts.length; j++) {
    for (let i = stepStarts[j]!; i < stepStarts[j + 1]!; i += AUTO_LAP_S) starts.push(i);
  }
  return [...starts, stepStarts[stepStarts.length - 1]!];
}

/** Time-weighted intensity squared: about 1 for an hour at threshold, the strain the mornings after feel. */
const strainOf = (w: Workout) => w.steps.reduce((sum, s) => sum + (s.minutes / 60) * s.intensity ** 2, 0);

/** Borg CR10 as a newcomer rates it: set by the hardest block (easy 3-4, threshold 6), plus one for each hour beyond 1.5 h. */
function perceivedExertion(w: Workout): number {
  const hardest = Math.max(...w.steps.map((s) => s.intensity));
  const hours = w.steps.reduce((sum, s) => sum + s.minutes, 0) / 60;
  return Math.min(10, Math.round(10 * hardest - 4 + Math.max(0, hours - 1.5)));
}

function demoSession(
  workout: Workout,
  date: string,
  startMs: number,
  utcOffsetS: number,
  ftp: number,
  random: () => number,
): Session {
  // The athlete cuts some sessions short and stretches others.
  const stretch = 0.88 + 0.18 * random();
  const done = { ...workout, steps: workout.steps.map((s) => ({ ...s, minutes: s.minutes * stretch })) };
  const { streams, stepStarts } = synthesizeStreams(done, ftp, random);
  const subSport = SUB_SPORT[workout.sport];
  const summary = demoSummarizer(streams, startMs, workout.sport, subSport);
  const last = streams.time.length - 1;
  const bounds = lapStarts(stepStarts);
  // Laps share their boundary sample, so their times add up to the session's.
  const laps: Lap[] = bounds.slice(1).map((to, k) => ({
    ...summary(bounds[k]!, Math.min(to, last)),
    trigger: stepStarts.includes(to) ? 'manual' : 'time',
  }));
  return {
    ...summary(0, last),
    id: `demo-${date}-${workout.sport}`,
    utcOffsetS: seconds(utcOffsetS),
    title: workout.title,
    notes: null,
    rpe: perceivedExertion(done),
    gear: null,
    laps,
    legs: [],
    sources: [],
    warnings: [],
    streams,
  };
}

export function generateDemoSeason({ today, utcOffsetS }: DemoSeasonOptions): DemoSeason {
  const random = seededRandom(SEED);
  const todayDay = isoDateToDay(today);
  const firstDay = weekStartDay(todayDay) - (SEASON_WEEKS - 1) * 7;
  const localMidnight = (day: number) => day * MS_PER_DAY - utcOffsetS * 1000;
  const buildDay = firstDay + BASE_WEEKS * 7;
  const thresholds = demoThresholds(localMidnight(firstDay), localMidnight(buildDay));
  const sessions: Session[] = [];
  const plans: PlannedSession[] = [];
  const strain = new Map<number, number>();
  for (let day = firstDay; day < firstDay + SEASON_WEEKS * 7; day++) {
    const workout = plannedWorkout(Math.floor((day - firstDay) / 7), (day - firstDay) % 7);
    if (!workout) continue;
    const date = dayToIsoDate(day);
    const startMs = localMidnight(day) + workout.hour * 3_600_000;
    const ftp = day < buildDay ? DEMO_ATHLETE.ftp : BUILD_FTP;
    plans.push(planOf(workout, date, ftp));
    // Today's session and the rest of the week are still ahead.
    if (day >= todayDay || random() < MISSED) continue;
    sessions.push(demoSession(workout, date, startMs, utcOffsetS, ftp, random));
    strain.set(day, (strain.get(day) ?? 0) + strainOf(workout));
  }
  const wellness = demoWellness(firstDay, todayDay - 1, (day) => strain.get(day) ?? 0, seededRandom(SEED + 1));
  return { sessions, plans, wellness, thresholds };
}
