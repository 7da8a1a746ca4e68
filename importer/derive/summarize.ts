// Summaries derived from samples, for files that carry none (GPX; TCX laps
// without totals; FIT files without session messages). Each number follows
// one documented rule: distance (distance.ts), moving time (moving.ts),
// ascent (ascent.ts), averages and maxima (channel-stats.ts, max-speed.ts).
import { bpm, celsius, epochMs, meters, metersPerSecond, rpm, seconds, watts } from '../../shared/model';
import type { EpochMs, Sport, Streams, SubSport, Summary } from '../../shared/model';
import { ascentDescent } from './ascent';
import { channelStats } from './channel-stats';
import type { ChannelStats } from './channel-stats';
import { cumulativeDistance, forwardFilled } from './distance';
import { maxSpeedFromDistance } from './max-speed';
import { movingIntervals } from './moving';

/** Summarises stretches of one recording; built once per recording, used for the session and each lap. */
export interface RangeSummarizer {
  /**
   * The summary of the time from sample `first` to sample `last` (inclusive
   * indices, first <= last). Laps that follow each other should share their
   * boundary sample (lap k ends at the sample where lap k+1 starts) so their
   * times and distances add up to the session's.
   */
  summarize(first: number, last: number, sport: Sport, subSport: SubSport): Summary;
}

/**
 * A summarizer over `streams`, whose `time` counts seconds from `start`.
 * Distance comes from the distance channel when there is one, else from the
 * positions (haversine).
 */
export function rangeSummarizer(streams: Streams, start: EpochMs): RangeSummarizer {
  const { time } = streams;
  const distance = streams.distance
    ? forwardFilled(streams.distance)
    : streams.positions
      ? cumulativeDistance(streams.positions, time.length)
      : null;
  const moving = movingIntervals(time, {
    positions: streams.positions ?? null,
    distance,
    speed: streams.speed ?? null,
  });

  const stats = (channel: Float32Array | undefined, first: number, last: number): ChannelStats | null =>
    channel ? channelStats(channel, time, moving, first, last) : null;

  return {
    summarize(first, last, sport, subSport) {
      let movingS = 0;
      for (let i = first + 1; i <= last; i++) if (moving[i] === 1) movingS += time[i]! - time[i - 1]!;
      const distanceM = distance ? distanceBetween(distance, first, last) : null;
      const climb = streams.altitude ? ascentDescent(streams.altitude, first, last) : null;
      const hr = stats(streams.heartRate, first, last);
      const power = stats(streams.power, first, last);
      const cadence = stats(streams.cadence, first, last);
      const temperature = stats(streams.temperature, first, last);
      const recordedSpeed = stats(streams.speed, first, last);
      const maxSpeed = recordedSpeed?.max ?? (distance ? maxSpeedFromDistance(time, distance, first, last) : null);
      return {
        sport,
        subSport,
        start: epochMs(start + time[first]! * 1000),
        elapsedS: seconds(time[last]! - time[first]!),
        movingS: seconds(movingS),
        distanceM: distanceM === null ? null : meters(distanceM),
        ascentM: climb ? meters(climb.ascentM) : null,
        descentM: climb ? meters(climb.descentM) : null,
        avgHr: hr ? bpm(hr.avg) : null,
        maxHr: hr ? bpm(hr.max) : null,
        avgPowerW: power ? watts(power.avg) : null,
        maxPowerW: power ? watts(power.max) : null,
        avgCadence: cadence ? rpm(cadence.avg) : null,
        maxCadence: cadence ? rpm(cadence.max) : null,
        // Average speed over moving time, as Strava shows it for rides and runs.
        avgSpeed: distanceM !== null && movingS > 0 ? metersPerSecond(distanceM / movingS) : null,
        maxSpeed: maxSpeed === null ? null : metersPerSecond(maxSpeed),
        calories: null,
        avgTempC: temperature ? celsius(temperature.avg) : null,
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
