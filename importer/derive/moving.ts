// Which stretches of a recording count as moving, for files that carry no
// timer (GPX) or where the timer time does not say where the stops were.
//
// Rule (Strava-like: Strava's server "looks for portions of the activity where
// the athlete was moving below a certain speed threshold" and removes them,
// Strava Engineering, "Improving Auto-Pause for Everyone", 2014): the interval
// between two samples is moving when the athlete got at least
// MOVING_SPEED_MPS x time away, measured over at least SPEED_WINDOW_S around
// it. With positions this is the straight-line displacement, so the jitter of
// a watch lying still (a few metres back and forth, which piles up in the
// path length) does not look like motion; without positions it is the
// recorded distance; without either, the recorded speed. The window never
// reaches across a gap of SPEED_WINDOW_S or more, so the seconds next to a
// pause are judged on their own. With none of these, an interval is moving
// unless it is a recording gap longer than MAX_GAP_S (recorder paused or off).
import { latitudeDegrees, longitudeDegrees } from '../../shared/model';
import type { Positions } from '../../shared/model';
import { haversineM } from './haversine';

/**
 * 0.3 m/s (1.1 km/h): well below a slow open-water swim (~0.7 m/s) or a walk
 * (~1.4 m/s). On gpx/elevate__open-water-swim.gpx it gives elevate's moving
 * time (55:43) to the second.
 */
export const MOVING_SPEED_MPS = 0.3;
export const SPEED_WINDOW_S = 10;
/** Longer than any smart-recording interval in the fixtures (Garmin Edge 705: a few seconds). */
export const MAX_GAP_S = 30;

export interface MovementSources {
  readonly positions: Positions | null;
  /** Cumulative metres with holes filled (NaN only before the first value). */
  readonly distance: Float64Array | null;
  readonly speed: Float32Array | null;
}

/** moving[i] is 1 when the interval from sample i-1 to sample i is moving (moving[0] is always 0). */
export function movingIntervals(time: Float64Array, sources: MovementSources): Uint8Array {
  const n = time.length;
  const moving = new Uint8Array(n);
  const { positions, distance, speed } = sources;
  for (let i = 1; i < n; i++) {
    const dt = time[i]! - time[i - 1]!;
    if (!(dt > 0)) continue;
    let v = NaN;
    if (positions || distance) {
      const lo = windowStart(time, i);
      const hi = windowEnd(time, i, lo);
      if (positions) v = displacement(positions, lo, hi) / (time[hi]! - time[lo]!);
      if (v !== v && distance) v = (distance[hi]! - distance[lo]!) / (time[hi]! - time[lo]!);
    }
    if (v !== v && speed) v = speed[i]!;
    moving[i] = v === v ? (v >= MOVING_SPEED_MPS ? 1 : 0) : dt <= MAX_GAP_S ? 1 : 0;
  }
  return moving;
}

/**
 * Samples a window may reach on each side: 25 Hz over SPEED_WINDOW_S. Without
 * it, a file with thousands of samples a second (repeated timestamps) makes
 * every window thousands long: quadratic time.
 */
const MAX_WINDOW_SAMPLES = 25 * SPEED_WINDOW_S;

// The window around interval (i-1, i): widened sample by sample, half the
// shortfall to each side, without taking in an interval that is itself
// SPEED_WINDOW_S long.
function windowStart(time: Float64Array, i: number): number {
  let lo = i - 1;
  const floor = Math.max(0, i - 1 - MAX_WINDOW_SAMPLES);
  const target = time[i - 1]! - (SPEED_WINDOW_S - (time[i]! - time[i - 1]!)) / 2;
  while (lo > floor && time[lo - 1]! >= target - 1e-9 && time[lo]! - time[lo - 1]! < SPEED_WINDOW_S) lo--;
  return lo;
}

function windowEnd(time: Float64Array, i: number, lo: number): number {
  let hi = i;
  const last = Math.min(time.length - 1, i + MAX_WINDOW_SAMPLES);
  while (hi < last && time[hi]! - time[lo]! < SPEED_WINDOW_S && time[hi + 1]! - time[hi]! < SPEED_WINDOW_S) hi++;
  return hi;
}

function displacement(p: Positions, a: number, b: number): number {
  return haversineM(latitudeDegrees(p, a), longitudeDegrees(p, a), latitudeDegrees(p, b), longitudeDegrees(p, b));
}
