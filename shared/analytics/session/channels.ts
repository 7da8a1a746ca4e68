import type { Session, Streams } from '../../model';
import { DEFAULT_MAX_GAP_S, resample1Hz, sliceByTime } from '../common/resample';

/**
 * A session's samples on one 1 Hz grid (index = seconds from the first sample),
 * NaN where the athlete was stopped or a sensor dropped out. Every per-session
 * metric reads these, so irregular recording (smart recording, GPX every 5 s)
 * gives the same answers as 1 Hz.
 */
export interface Channels {
  readonly length: number;
  readonly power?: Float32Array;
  readonly heartRate?: Float32Array;
  readonly speed?: Float32Array;
  readonly distance?: Float32Array;
  readonly altitude?: Float32Array;
}

/** Resamples the channels of `streams`, optionally only between two offsets in seconds (a multisport leg). */
export function toChannels(streams: Streams, fromS = -Infinity, toS = Infinity, maxGapS = DEFAULT_MAX_GAP_S): Channels {
  const { from, to } = sliceByTime(streams.time, fromS, toS);
  const time = streams.time.subarray(from, to);
  const pick = (c: Float32Array | Float64Array | undefined) =>
    c === undefined ? undefined : resample1Hz(time, c.subarray(from, to), maxGapS);
  const distance = pick(streams.distance);
  const speed = pick(streams.speed) ?? (distance ? speedFromDistance(distance) : undefined);
  const length = time.length === 0 ? 0 : Math.floor(time[time.length - 1]! - time[0]!) + 1;
  return {
    length,
    ...optional('power', pick(streams.power)),
    ...optional('heartRate', pick(streams.heartRate)),
    ...optional('speed', speed),
    ...optional('distance', distance),
    ...optional('altitude', pick(streams.altitude)),
  };
}

/**
 * The channels of each stretch the analytics score apart, in order: the whole session, or each multisport leg.
 * Load inputs and best efforts both read them: worked out once, they are passed to both (resampling is the costly part).
 */
export function stretchChannels(session: Session, streams: Streams): Channels[] {
  if (session.legs.length === 0) return [toChannels(streams)];
  return session.legs.map((leg) => {
    const offsetS = (leg.start - session.start) / 1000;
    return toChannels(streams, offsetS, offsetS + leg.elapsedS);
  });
}

function optional<K extends string>(key: K, value: Float32Array | undefined): { [P in K]?: Float32Array } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: Float32Array };
}

/** Speed as the change in distance over one second, for files that carry distance only. */
function speedFromDistance(distance: Float32Array): Float32Array {
  const out = new Float32Array(distance.length).fill(NaN);
  for (let k = 1; k < distance.length; k++) out[k] = distance[k]! - distance[k - 1]!;
  if (distance.length > 1) out[0] = out[1]!;
  return out;
}

/** Number of seconds with a value (moving, sensor on). */
export function activeSeconds(values: Float32Array): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (!Number.isNaN(values[k]!)) n++;
  return n;
}

/** Mean of the seconds with a value; NaN when there are none. */
export function activeMean(values: Float32Array, from = 0, to = values.length): number {
  let sum = 0;
  let n = 0;
  for (let k = from; k < to; k++) {
    const v = values[k]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? NaN : sum / n;
}
