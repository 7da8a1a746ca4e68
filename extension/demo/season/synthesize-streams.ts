// 1 Hz samples of one demo workout: heart rate lagging behind the effort,
// power (rides), speed and distance, cadence, and, outdoors, altitude and
// positions along a loop near home, so charts and the route outline have
// something real to draw. Pool swims have no positions or altitude.
import type { Streams } from '../../../shared/model';
import { DEMO_ATHLETE } from './demo-athlete';
import { jitter } from './seeded-random';
import type { Workout } from './week-plan';

type DemoSport = Workout['sport'];

/** A hilly loop of `lengthM` around a centre. */
interface Loop {
  readonly lengthM: number;
  readonly lat: number;
  readonly lon: number;
  /** Metres above sea level at a fraction of the loop (0..1). */
  readonly altitude: (f: number) => number;
}

const TAU = 2 * Math.PI;
const M_PER_DEGREE = 111_320;
// Lake Geneva's north shore: any home would do; this one has hills.
const LOOPS: Record<Exclude<DemoSport, 'swimming'>, Loop> = {
  cycling: {
    lengthM: 24_000,
    lat: 46.53,
    lon: 6.6,
    altitude: (f) => 430 + 60 * Math.sin(TAU * f) + 20 * Math.sin(3 * TAU * f + 1),
  },
  running: {
    lengthM: 6_000,
    lat: 46.515,
    lon: 6.63,
    altitude: (f) => 395 + 9 * Math.sin(TAU * f) + 4 * Math.sin(2 * TAU * f),
  },
};

/** Heart rate settles towards its target with a time constant of about 30 s. */
const HR_RESPONSE_S = 30;
/**
 * Heart rate at zero effort in each sport's effort scale, as a share of
 * threshold HR: a run's share of threshold speed costs more heart rate than
 * the same share of FTP on a bike, and swimming (lying in water) less.
 */
const HR_FLOOR: Record<DemoSport, number> = { cycling: 0.5, running: 0.2, swimming: 0.3 };

/** The heart rate a steady effort settles at before drift: threshold HR at threshold, never below 60 % of it. */
function steadyHr(sport: DemoSport, intensity: number): number {
  return DEMO_ATHLETE.thresholdHr * Math.max(0.6, HR_FLOOR[sport] + (1 - HR_FLOOR[sport]) * intensity);
}

export interface SynthesizedWorkout {
  readonly streams: Streams;
  /** Index of the first sample of each step, then the sample count. */
  readonly stepStarts: readonly number[];
}

export function synthesizeStreams(workout: Workout, ftp: number, random: () => number): SynthesizedWorkout {
  const { sport } = workout;
  const stepSeconds = workout.steps.map((s) => Math.round(s.minutes * 60));
  const n = stepSeconds.reduce((sum, stepS) => sum + stepS, 0);
  const time = new Float64Array(n);
  const heartRate = new Float32Array(n);
  const speed = new Float32Array(n);
  const distance = new Float64Array(n);
  const cadence = new Float32Array(n);
  const loop = sport === 'swimming' ? null : LOOPS[sport];
  const power = sport === 'cycling' ? new Float32Array(n) : null;
  const altitude = loop && new Float32Array(n);
  const lat = loop && new Float64Array(n);
  const lon = loop && new Float64Array(n);
  const thresholdSpeed = sport === 'running' ? DEMO_ATHLETE.thresholdRunSpeed : DEMO_ATHLETE.swimCss;
  const stepStarts = [0];
  let hr = 85;
  let travelled = 0;
  let grade = 0;
  let i = 0;
  workout.steps.forEach((s, j) => {
    const settled = steadyHr(sport, s.intensity);
    for (const end = i + stepSeconds[j]!; i < end; i++) {
      let v: number;
      if (power) {
        // Riders push harder uphill; speed follows power roughly as its cube root (air drag), slowed by the grade.
        const watts = Math.max(0, ftp * s.intensity * (1 + 6 * grade) + jitter(random, 20));
        power[i] = Math.round(watts);
        v = 8 * Math.cbrt(watts / 200) * (1 - 8 * grade);
        cadence[i] = Math.round(86 + 8 * (s.intensity - 0.7) + jitter(random, 3));
      } else {
        v = thresholdSpeed * s.intensity * (1 - 4 * grade) * (1 + jitter(random, 0.03));
        // Running cadence as FIT stores it, in strides per minute; swimming in strokes per minute.
        cadence[i] = Math.round(
          (sport === 'running' ? 80 + 10 * s.intensity : 24 + 10 * s.intensity) + jitter(random, 1.5),
        );
      }
      // Cardiac drift: 3 % an hour at the same effort.
      hr += (settled * (1 + (0.03 * i) / 3600) - hr) / HR_RESPONSE_S;
      time[i] = i;
      heartRate[i] = Math.round(hr + jitter(random, 1.5));
      speed[i] = Math.max(0, v);
      travelled += speed[i]!;
      distance[i] = travelled;
      if (loop && altitude && lat && lon) {
        const f = (travelled / loop.lengthM) % 1;
        altitude[i] = loop.altitude(f);
        // The grade of the last second's metres sets the next second's effort.
        grade = i > 0 && speed[i]! > 0 ? (altitude[i]! - altitude[i - 1]!) / speed[i]! : 0;
        // A lobed loop (radius varying with 3θ), so the outline reads as a route, not a circle.
        const r = (loop.lengthM / TAU) * (1 + 0.25 * Math.sin(3 * TAU * f));
        lat[i] = loop.lat + (r * Math.sin(TAU * f)) / M_PER_DEGREE;
        lon[i] = loop.lon + (r * Math.cos(TAU * f)) / (M_PER_DEGREE * Math.cos((loop.lat * Math.PI) / 180));
      }
    }
    stepStarts.push(i);
  });
  const streams: Streams = {
    time,
    heartRate,
    speed,
    distance,
    cadence,
    ...(power && { power }),
    ...(altitude && { altitude }),
    ...(lat && lon && { positions: { kind: 'degrees' as const, lat, lon } }),
  };
  return { streams, stepStarts };
}
