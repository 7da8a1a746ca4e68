// The demo season's plan: a classic base-then-build progression (easy volume
// first, then threshold work), with every fourth week a recovery week at
// about 60 % of the volume (the 3:1 loading pattern of periodised plans).
import type { Sport } from '../../../shared/model';

/** One block of a workout at a steady intensity: a fraction of threshold power (rides) or speed (runs, swims). */
export interface Step {
  readonly minutes: number;
  readonly intensity: number;
  readonly label: string;
}

export interface Workout {
  readonly sport: Extract<Sport, 'cycling' | 'running' | 'swimming'>;
  readonly title: string;
  /** Local hour of the start. */
  readonly hour: number;
  readonly steps: readonly Step[];
}

export const SEASON_WEEKS = 16;
/** Weeks 1-8 build the base; weeks 9-16 add threshold work. */
export const BASE_WEEKS = 8;

export const isRecoveryWeek = (week: number) => week % 4 === 3;

/** Volume of a week relative to the first: rising 4 % a week, cut to 60 % in recovery weeks. */
export const weekScale = (week: number) => (0.85 + 0.04 * week) * (isRecoveryWeek(week) ? 0.6 : 1);

const step = (minutes: number, intensity: number, label: string): Step => ({ minutes, intensity, label });
const repeats = (n: number, on: Step, off: Step): Step[] => Array.from({ length: n }, () => [on, off]).flat();

function intervals(build: boolean): Workout {
  return build
    ? {
        sport: 'cycling',
        title: 'Threshold ride 4 × 8 min',
        hour: 17,
        steps: [
          step(15, 0.6, 'Warm-up'),
          ...repeats(4, step(8, 0.97, 'Threshold'), step(4, 0.5, 'Recovery')),
          step(10, 0.55, 'Cool-down'),
        ],
      }
    : { sport: 'cycling', title: 'Endurance ride', hour: 17, steps: [step(60, 0.66, 'Endurance')] };
}

/** The week's workouts by weekday (0 = Monday), before scaling; Mondays are rest days. */
function template(build: boolean): readonly (Workout | null)[] {
  return [
    null,
    intervals(build),
    { sport: 'running', title: 'Easy run', hour: 7, steps: [step(40, 0.8, 'Easy')] },
    {
      sport: 'swimming',
      title: build ? 'CSS swim 10 × 2 min' : 'Technique swim',
      hour: 12,
      steps: build
        ? [
            step(10, 0.75, 'Warm-up'),
            ...repeats(10, step(2, 0.98, 'CSS'), step(1, 0.55, 'Easy')),
            step(5, 0.7, 'Cool-down'),
          ]
        : [step(10, 0.75, 'Warm-up'), step(25, 0.85, 'Drills and steady'), step(5, 0.7, 'Cool-down')],
    },
    build
      ? {
          sport: 'running',
          title: 'Tempo run',
          hour: 7,
          steps: [step(10, 0.8, 'Warm-up'), step(20, 0.92, 'Tempo'), step(10, 0.78, 'Cool-down')],
        }
      : null,
    { sport: 'cycling', title: 'Long ride', hour: 8, steps: [step(120, 0.68, 'Endurance')] },
    { sport: 'running', title: 'Long run', hour: 9, steps: [step(70, 0.78, 'Long and easy')] },
  ];
}

/** The workout planned for a weekday of a season week, its steps scaled to the week's volume. */
export function plannedWorkout(week: number, weekday: number): Workout | null {
  const workout = template(week >= BASE_WEEKS)[weekday];
  if (!workout) return null;
  const scale = weekScale(week);
  // Intervals keep their length; warm-ups, steady blocks and recoveries carry the volume.
  const scaled = (s: Step) => (s.intensity >= 0.9 ? s : { ...s, minutes: Math.max(1, Math.round(s.minutes * scale)) });
  return { ...workout, steps: workout.steps.map(scaled) };
}
