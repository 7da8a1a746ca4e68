// The x-axis the session charts share: time from the start, or distance
// covered (issue 4: "charts ... over time or distance"). Both are read from the
// samples as they are; only the drawing is decimated (downsample.ts).
import { formatDuration } from '../../../shared/model';
import type { Sport, Streams } from '../../../shared/model';
import type { Format } from '../units/format';

export type AxisKind = 'time' | 'distance';

export interface ChartAxis {
  readonly kind: AxisKind;
  /** One x per sample, ascending, from 0. */
  readonly x: Float64Array;
  /** The last x: the axis runs from 0 to here. */
  readonly span: number;
  /** An x as the axis labels and the cursor read it, in the athlete's units. */
  readonly show: (x: number) => string;
}

/**
 * Distance per sample as an axis: a sample without distance (GPS not yet
 * fixed, a dropout) keeps the distance before it, and a distance never
 * goes back (a device correcting itself), so the axis ascends as the cursor
 * search and the decimation need.
 */
function distanceAxis(distance: Float64Array): Float64Array {
  const x = new Float64Array(distance.length);
  let covered = 0;
  for (let i = 0; i < distance.length; i++) {
    const d = distance[i]!;
    if (d > covered) covered = d;
    x[i] = covered;
  }
  return x;
}

/** The axes this session can be charted on: time always, distance when its samples carry a distance that grows. */
export function chartAxes(streams: Streams, sport: Sport, format: Format): ChartAxis[] {
  const time: ChartAxis = {
    kind: 'time',
    x: streams.time,
    span: streams.time[streams.time.length - 1] ?? 0,
    show: formatDuration,
  };
  if (streams.distance === undefined) return [time];
  const x = distanceAxis(streams.distance);
  const span = x[x.length - 1] ?? 0;
  return span > 0 ? [time, { kind: 'distance', x, span, show: (meters) => format.distance(meters, sport) }] : [time];
}
