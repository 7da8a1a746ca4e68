// How well one source recorded one channel, so two recordings of a workout can
// be compared channel by channel. What counts, in order: how much of the
// workout has real values (dropouts and flat-lines do not count), then the
// sensor (a chest strap over a wrist sensor, a power meter over none), then
// the sample rate.
import { INVALID_SEMICIRCLE, type Channel, type SourceRef, type Streams } from '../../shared/model';

/** A gap longer than this between two values is a dropout: smart recording writes at least every few seconds. */
const DROPOUT_GAP_S = 10;
/**
 * The same non-zero value this long is a stuck sensor (a strap off the skin, a frozen power meter), not data.
 * Steady heart rate and cadence hold one whole number for a minute or more; power and speed change every second.
 * Altitude, temperature and positions really do stay flat (level ground, steady air, a stop) and are not checked.
 */
const FLAT_LINE_S: Readonly<Partial<Record<Channel, number>>> = {
  heartRate: 120,
  cadence: 120,
  power: 60,
  speed: 60,
};

export interface ChannelQuality {
  /** Share of the workout's time (0-1) with real values: no dropout, no flat-line. */
  readonly coverage: number;
  /** 1 for a sensor known to be better (chest strap, power meter), -1 for a worse one (wrist), else 0. */
  readonly sensor: -1 | 0 | 1;
  /** Values per second where the channel has values. */
  readonly rateHz: number;
}

function valueAt(streams: Streams, channel: Channel): ((i: number) => number) | undefined {
  if (channel !== 'positions') {
    const values = streams[channel];
    return values && ((i) => values[i]!);
  }
  const p = streams.positions;
  if (p === undefined) return undefined;
  // Latitude stands for the fix; a missing fix is NaN either way.
  return p.kind === 'degrees' ? (i) => p.lat[i]! : (i) => (p.lat[i] === INVALID_SEMICIRCLE ? NaN : p.lat[i]!);
}

function sensorOf(channel: Channel, source: SourceRef | undefined): -1 | 0 | 1 {
  const sensors = source?.sensors;
  if (sensors === undefined) return 0;
  if (channel === 'heartRate') return sensors.heartRate === 'strap' ? 1 : sensors.heartRate === 'optical' ? -1 : 0;
  if (channel === 'power') return sensors.powerMeter ? 1 : 0;
  return 0;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/**
 * The quality of `channel` in `streams` over a workout of `spanS` seconds
 * (null when the channel has no value at all), recorded by `source`.
 */
export function channelQuality(
  streams: Streams | undefined,
  channel: Channel,
  spanS: number,
  source: SourceRef | undefined,
): ChannelQuality | null {
  const at = streams && valueAt(streams, channel);
  if (streams === undefined || at === undefined) return null;
  const time = streams.time;
  const flatLineS = FLAT_LINE_S[channel] ?? Number.POSITIVE_INFINITY;
  const steps: number[] = [];
  let coveredS = 0;
  let flatS = 0;
  let runStart = -1;
  let previous = -1;
  for (let i = 0; i < time.length; i++) {
    const v = at(i);
    if (Number.isNaN(v)) continue;
    if (previous >= 0) {
      const step = time[i]! - time[previous]!;
      steps.push(step);
      if (step <= DROPOUT_GAP_S) coveredS += step;
      const same = v !== 0 && v === at(previous) && step <= DROPOUT_GAP_S;
      const runS = time[i]! - time[runStart]!;
      if (!same) runStart = i;
      // The whole run counts once it reaches the limit, then each step it goes on.
      else if (runS >= flatLineS) flatS += runS - step < flatLineS ? runS : step;
    } else runStart = i;
    previous = i;
  }
  if (previous < 0) return null;
  const stepS = median(steps);
  return {
    coverage: spanS > 0 ? Math.max(0, Math.min(1, (coveredS - flatS) / spanS)) : 0,
    sensor: sensorOf(channel, source),
    rateHz: stepS > 0 ? 1 / stepS : 0,
  };
}

/** Coverage within this much counts as equal, so the sensor and the sample rate decide. */
const COVERAGE_TOLERANCE = 0.05;
/** A sample rate counts as higher from this factor up (1 s over smart recording's 2-5 s, not 1 s over 1.1 s). */
const RATE_FACTOR = 1.5;

/** Positive when `a` is the better recording, negative when `b` is, 0 when neither is. */
export function compareQuality(a: ChannelQuality | null, b: ChannelQuality | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (Math.abs(a.coverage - b.coverage) > COVERAGE_TOLERANCE) return a.coverage - b.coverage;
  if (a.sensor !== b.sensor) return a.sensor - b.sensor;
  if (a.rateHz >= b.rateHz * RATE_FACTOR) return 1;
  if (b.rateHz >= a.rateHz * RATE_FACTOR) return -1;
  return 0;
}
