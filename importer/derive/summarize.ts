// Summaries derived from samples, for files that carry none (GPX; TCX laps
// without totals; FIT files without session messages). Each number follows
// one documented rule: distance (distance.ts), moving time (moving.ts),
// ascent (ascent.ts), averages and maxima (channel-stats.ts, max-speed.ts).
import {
  bpm,
  celsius,
  epochMs,
  meters,
  metersPerSecond,
  rpm,
  SOURCED_SUMMARY_FIELDS,
  seconds,
  watts,
} from '../../shared/model';
import type { EpochMs, Sport, Streams, SubSport, Summary } from '../../shared/model';
import { ascentDescent } from './ascent';
import { channelStats } from './channel-stats';
import type { ChannelStats } from './channel-stats';
import { cumulativeDistance, forwardFilled } from './distance';
import { maxSpeedFromDistance } from './max-speed';
import { movingIntervals } from './moving';

/** The summary fields samples can give (calories never do: no sample says them). */
export type DerivableField = Exclude<keyof Summary, 'sport' | 'subSport' | 'start' | 'elapsedS'>;
export type DerivableValues = { -readonly [K in DerivableField]?: Summary[K] | null };

// Every derivable field: moving time and the values a session takes from one of its sources.
const EVERY_FIELD: ReadonlySet<DerivableField> = new Set<DerivableField>(['movingS', ...SOURCED_SUMMARY_FIELDS]);

/** Summarises stretches of one recording; built once per recording, used for the session and each lap. */
export interface RangeSummarizer {
  /**
   * The summary of the time from sample `first` to sample `last` (inclusive
   * indices, first <= last). Laps that follow each other should share their
   * boundary sample (lap k ends at the sample where lap k+1 starts) so their
   * times and distances add up to the session's.
   */
  summarize(first: number, last: number, sport: Sport, subSport: SubSport): Summary;
  /**
   * Only `fields` of that summary, with the same values (null where the samples
   * cannot say). A FIT file's messages leave a few fields out: working out the
   * rest (moving intervals above all) would cost more than decoding the file.
   */
  values(first: number, last: number, fields: ReadonlySet<DerivableField>): DerivableValues;
}

/**
 * A summarizer over `streams`, whose `time` counts seconds from `start`.
 * Distance comes from the distance channel when there is one, else from the
 * positions (haversine). Distance and moving intervals are worked out on first need.
 */
export function rangeSummarizer(streams: Streams, start: EpochMs): RangeSummarizer {
  const { time } = streams;
  let distanceCache: Float64Array | null | undefined;
  const distanceOf = () =>
    (distanceCache ??= streams.distance
      ? forwardFilled(streams.distance)
      : streams.positions
        ? cumulativeDistance(streams.positions, time.length)
        : null);
  let movingCache: Uint8Array | undefined;
  const movingOf = () =>
    (movingCache ??= movingIntervals(time, {
      positions: streams.positions ?? null,
      distance: distanceOf(),
      speed: streams.speed ?? null,
    }));

  function values(first: number, last: number, fields: ReadonlySet<DerivableField>): DerivableValues {
    const want = (...names: DerivableField[]) => names.some((f) => fields.has(f));
    const stats = (channel: Float32Array | undefined): ChannelStats | null =>
      channel ? channelStats(channel, time, movingOf(), first, last) : null;
    const out: DerivableValues = {};
    let movingS = 0;
    if (want('movingS', 'avgSpeed')) {
      const moving = movingOf();
      for (let i = first + 1; i <= last; i++) if (moving[i] === 1) movingS += time[i]! - time[i - 1]!;
      if (want('movingS')) out.movingS = seconds(movingS);
    }
    const distance = want('distanceM', 'avgSpeed', 'maxSpeed') ? distanceOf() : null;
    const distanceM = distance ? distanceBetween(distance, first, last) : null;
    if (want('distanceM')) out.distanceM = distanceM === null ? null : meters(distanceM);
    if (want('ascentM', 'descentM')) {
      const climb = streams.altitude ? ascentDescent(streams.altitude, first, last) : null;
      if (want('ascentM')) out.ascentM = climb ? meters(climb.ascentM) : null;
      if (want('descentM')) out.descentM = climb ? meters(climb.descentM) : null;
    }
    if (want('avgHr', 'maxHr')) {
      const hr = stats(streams.heartRate);
      if (want('avgHr')) out.avgHr = hr ? bpm(hr.avg) : null;
      if (want('maxHr')) out.maxHr = hr ? bpm(hr.max) : null;
    }
    if (want('avgPowerW', 'maxPowerW')) {
      const power = stats(streams.power);
      if (want('avgPowerW')) out.avgPowerW = power ? watts(power.avg) : null;
      if (want('maxPowerW')) out.maxPowerW = power ? watts(power.max) : null;
    }
    if (want('avgCadence', 'maxCadence')) {
      const cadence = stats(streams.cadence);
      if (want('avgCadence')) out.avgCadence = cadence ? rpm(cadence.avg) : null;
      if (want('maxCadence')) out.maxCadence = cadence ? rpm(cadence.max) : null;
    }
    // Average speed over moving time, as Strava shows it for rides and runs.
    if (want('avgSpeed'))
      out.avgSpeed = distanceM !== null && movingS > 0 ? metersPerSecond(distanceM / movingS) : null;
    if (want('maxSpeed')) {
      const maxSpeed =
        stats(streams.speed)?.max ?? (distance ? maxSpeedFromDistance(time, distance, first, last) : null);
      out.maxSpeed = maxSpeed === null ? null : metersPerSecond(maxSpeed);
    }
    if (want('calories')) out.calories = null;
    if (want('avgTempC')) {
      const temperature = stats(streams.temperature);
      out.avgTempC = temperature ? celsius(temperature.avg) : null;
    }
    return out;
  }

  return {
    values,
    summarize(first, last, sport, subSport) {
      const v = values(first, last, EVERY_FIELD);
      return {
        sport,
        subSport,
        start: epochMs(start + time[first]! * 1000),
        elapsedS: seconds(time[last]! - time[first]!),
        movingS: v.movingS!,
        distanceM: v.distanceM ?? null,
        ascentM: v.ascentM ?? null,
        descentM: v.descentM ?? null,
        avgHr: v.avgHr ?? null,
        maxHr: v.maxHr ?? null,
        avgPowerW: v.avgPowerW ?? null,
        maxPowerW: v.maxPowerW ?? null,
        avgCadence: v.avgCadence ?? null,
        maxCadence: v.maxCadence ?? null,
        avgSpeed: v.avgSpeed ?? null,
        maxSpeed: v.maxSpeed ?? null,
        calories: null,
        avgTempC: v.avgTempC ?? null,
      };
    },
  };
}

/** The summary of a whole recording: see `rangeSummarizer`. Needs at least one sample. */
export function deriveSummary(streams: Streams, start: EpochMs, sport: Sport, subSport: SubSport): Summary {
  return rangeSummarizer(streams, start).summarize(0, streams.time.length - 1, sport, subSport);
}

/** Metres covered between two samples of a hole-filled cumulative distance; null when it has no value there. */
function distanceBetween(distance: Float64Array, first: number, last: number): number | null {
  // Hole-filled: NaN only before the first value, so start from the first value in range.
  let from = first;
  while (from < last && distance[from] !== distance[from]) from++;
  const d = distance[last]! - distance[from]!;
  return d === d ? d : null;
}
