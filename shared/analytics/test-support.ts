// Builders for analytics tests: sessions and streams with known values, made
// directly rather than through the importer.
import type { Session, Streams } from '../model';
import { seconds } from '../model';
import { makeSession as blankSession } from '../../tests/support/sessions';
import type { AthleteProfile, ThresholdEntry } from './profile/types';

/** A ride (tests/support's) moving for its whole hour, without sources; override what a test needs. */
export function makeSession(overrides: Partial<Session> & { id: string }): Session {
  return blankSession({ subSport: 'generic', movingS: seconds(3600), sources: [], ...overrides });
}

type Channel = 'power' | 'heartRate' | 'speed' | 'altitude';

/**
 * 1 Hz streams of `n` samples (t = 0..n-1), each channel from a function of the
 * second. Distance is the running sum of speed (0 at the first sample).
 */
export function makeStreams(n: number, channels: Partial<Record<Channel, (t: number) => number>>, step = 1): Streams {
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) time[i] = i * step;
  const column = (f: ((t: number) => number) | undefined) => {
    if (!f) return undefined;
    const c = new Float32Array(n);
    for (let i = 0; i < n; i++) c[i] = f(time[i]!);
    return c;
  };
  const speed = column(channels.speed);
  let distance: Float64Array | undefined;
  if (speed) {
    distance = new Float64Array(n);
    for (let i = 1; i < n; i++) distance[i] = distance[i - 1]! + speed[i]! * step;
  }
  const out: { -readonly [K in keyof Streams]: Streams[K] } = { time };
  const power = column(channels.power);
  const heartRate = column(channels.heartRate);
  const altitude = column(channels.altitude);
  if (power) out.power = power;
  if (heartRate) out.heartRate = heartRate;
  if (speed) out.speed = speed;
  if (distance) out.distance = distance;
  if (altitude) out.altitude = altitude;
  return out;
}

/** A profile from threshold entries (all general, not sport-specific unless given). */
export function makeProfile(
  thresholds: readonly ThresholdEntry[],
  sex: AthleteProfile['sex'] = 'male',
): AthleteProfile {
  return { sex, thresholds };
}
